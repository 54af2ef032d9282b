package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.taskdefinition.PortMapping;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortsStepTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "web-8080", "grpc", "a", "exactly-15-char"})
    void validIanaServiceNamesStayAsTheyAre(String name) {
        assertThat(PortsStep.portName(name)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "web_http, web-http",
            "8080, p8080",
            "service-connect-grpc, service",
            "_internal, internal",
            "a--b, a-b",
            "-x, x",
            "___, p",
            "1234567890123, p1234567",
    })
    void otherNamesBecomeAReadablePrefixAndAHash(String name, String prefix) {
        String portName = PortsStep.portName(name);
        assertThat(portName).startsWith(prefix + "-").hasSize(prefix.length() + 7);
        assertThat(PortsStep.isIanaServiceName(portName)).as(portName).isTrue();
    }

    @Test
    void portNamesAreDeterministicAndDistinctForDistinctEcsNames() {
        List<String> names = List.of("web_http", "web-http", "web_http_2", "web__http", "8080", "8081",
                "service-connect-port-a", "service-connect-port-b", "_", "__");
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            assertThat(PortsStep.portName(name)).isEqualTo(PortsStep.portName(name));
            assertThat(PortsStep.isIanaServiceName(PortsStep.portName(name))).isTrue();
            assertThat(seen.add(PortsStep.portName(name))).as("%s is unique", PortsStep.portName(name)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(PortMapping.AppProtocol.class)
    void everyEcsAppProtocolHasAServiceAppProtocol(PortMapping.AppProtocol protocol) {
        assertThat(PortsStep.serviceAppProtocol(protocol)).isIn("http", "kubernetes.io/h2c", "grpc");
    }

    @Test
    void rangesExpandToAtMostOneHundredPortsPerContainerAndReportTheRest() {
        PodTranslation t = TestTasks.ec2Service("""
                family: big
                networkMode: awsvpc
                containerDefinitions:
                  - name: app
                    image: app:1
                    memory: 128
                    portMappings:
                      - containerPortRange: "1000-1059"
                      - containerPortRange: "2000-2099"
                      - containerPortRange: "3000-3009"
                      - containerPort: 4000
                """);
        List<ContainerPort> ports = TestTasks.container(t, "app").getPorts();
        assertThat(ports).hasSize(PortsStep.MAX_RANGE_PORTS + 1);
        assertThat(ports.get(59).getContainerPort()).isEqualTo(1059);
        assertThat(ports.get(60).getContainerPort()).isEqualTo(2000);
        assertThat(ports.get(99).getContainerPort()).isEqualTo(2039);
        assertThat(ports.get(100).getContainerPort()).isEqualTo(4000);
        assertThat(TestTasks.unsupportedFields(t, new PortsStep().fields())).containsExactly(
                "spec.containerDefinitions[app].portMappings[1].containerPortRange",
                "spec.containerDefinitions[app].portMappings[2].containerPortRange");
        assertThat(TestTasks.unsupported(t, "spec.containerDefinitions[app].portMappings[1].containerPortRange").reason)
                .contains("2000-2039");
    }

    @Test
    void theSameHostPortInTwoContainersIsAViolation() {
        PodTranslation t = TestTasks.ec2Service("""
                family: clash
                networkMode: bridge
                containerDefinitions:
                  - name: a
                    image: a:1
                    memory: 128
                    portMappings: [{containerPort: 80, hostPort: 8080}]
                  - name: b
                    image: b:1
                    memory: 128
                    portMappings: [{containerPort: 81, hostPort: 8080}, {containerPort: 82, hostPort: 8080, protocol: udp}]
                """);
        assertThat(t.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("spec.containerDefinitions[b].portMappings");
            assertThat(v.message()).contains("8080/TCP").contains("spec.containerDefinitions[a]");
        });
    }

    @Test
    void networkModeNoneAllowsNoPortMappings() {
        PodTranslation t = TestTasks.ec2Service("""
                family: offline
                networkMode: none
                containerDefinitions:
                  - name: a
                    image: a:1
                    memory: 128
                    portMappings: [{containerPort: 80}]
                """);
        assertThat(TestTasks.violationFields(t)).containsExactly("spec.containerDefinitions[a].portMappings");
    }

    @Test
    void withoutNetworkModeEc2UsesBridgeAndServerlessUsesAwsvpc() {
        String yaml = """
                family: default-mode
                cpu: "256"
                memory: "512"
                containerDefinitions:
                  - name: a
                    image: a:1
                    portMappings: [{containerPort: 80, hostPort: 8080}]
                """;
        PodTranslation ec2 = TestTasks.ec2Service(yaml);
        assertThat(TestTasks.container(ec2, "a").getPorts().get(0).getHostPort()).isEqualTo(8080);
        PodTranslation fargate = TestTasks.translate(yaml, Workload.SERVICE, Capacity.serverless("FARGATE"));
        assertThat(TestTasks.violationFields(fargate)).containsExactly("spec.containerDefinitions[a].portMappings[0].hostPort");
    }
}
