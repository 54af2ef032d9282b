package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.taskdefinition.RuntimePlatform.OperatingSystemFamily;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Table rules of the security, network and placement steps. */
class SecurityRulesTest {

    private static PodDraft draft() {
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = "f";
        spec.containerDefinitions = List.of();
        return new PodDraft(new TaskInputs(spec, 1, Workload.SERVICE, Capacity.plain("EC2"),
                ClusterPolicy.defaults(), Platform.LATEST, PodFixtures.SCOPE));
    }

    @ParameterizedTest(name = "user {0} → runAsUser {1}, runAsGroup {2}, reported {3}")
    @CsvSource(nullValues = "-", value = {
            "1000, 1000, -, false",
            "1000:2000, 1000, 2000, false",
            "0, 0, -, false",
            "root, 0, -, false",
            "root:root, 0, 0, false",
            "nginx, -, -, true",
            "www-data:www-data, -, -, true",
            "1000:staff, 1000, -, true",
            "nginx:1000, -, 1000, true",
            "1:2:3, -, -, true",
    })
    void numericUsersAndGroupsBecomeIds(String user, Long uid, Long gid, boolean reported) {
        PodDraft draft = draft();
        SecurityContext sc = new SecurityContext();
        SecurityStep.user(user, "spec.containerDefinitions[c].user", sc, draft);
        assertThat(sc.getRunAsUser()).isEqualTo(uid);
        assertThat(sc.getRunAsGroup()).isEqualTo(gid);
        assertThat(draft.unsupportedFields()).hasSize(reported ? 1 : 0);
        assertThat(draft.violations()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2147483648", "99999999999999999999"})
    void idsBeyondWhatKubernetesAcceptsAreViolations(String user) {
        PodDraft draft = draft();
        SecurityStep.user(user, "spec.containerDefinitions[c].user", new SecurityContext(), draft);
        assertThat(draft.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("2147483647"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "SYS_ADMIN; SYS_ADMIN",
            "CAP_SYS_ADMIN; SYS_ADMIN",
            "cap_net_raw,NET_RAW, net_raw; NET_RAW",
            "ALL; ALL",
    })
    void capabilitiesAreUpperCaseWithoutPrefixAndUnique(String given, String expected) {
        List<String> input = Arrays.stream(given.split(",")).toList();
        assertThat(SecurityStep.normalised(input)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0} on {1}: safe {2}")
    @CsvSource({
            "kernel.shm_rmid_forced, 1.26, true",
            "net.ipv4.ip_local_port_range, 1.26, true",
            "net/ipv4/ip_local_port_range, 1.26, true",
            "net.ipv4.ip_local_reserved_ports, 1.26, false",
            "net.ipv4.ip_local_reserved_ports, 1.27, true",
            "net.ipv4.tcp_keepalive_time, 1.28, false",
            "net.ipv4.tcp_keepalive_time, 1.29, true",
            "net.ipv4.tcp_rmem, 1.31, false",
            "net.ipv4.tcp_rmem, 1.32, true",
            "net.core.somaxconn, 1.33, false",
            "kernel.msgmax, 1.33, false",
    })
    void theSafeSysctlSetGrowsWithTheKubernetesVersion(String sysctl, String version, boolean safe) {
        assertThat(Sysctls.safe(sysctl, PodFixtures.platform(version))).isEqualTo(safe);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.2, true", "255.255.255.255, true", "256.1.1.1, false", "fd00::53, true", "::1, true",
            "dns.example.com, false", "10.0.0, false"})
    void nameserversAndHostAliasesMustBeIpAddresses(String value, boolean ip) {
        assertThat(NetworkStep.isIp(value)).isEqualTo(ip);
    }

    @ParameterizedTest
    @EnumSource(value = OperatingSystemFamily.class, mode = EnumSource.Mode.EXCLUDE, names = "LINUX")
    void everyWindowsFamilyHasAWindowsBuild(OperatingSystemFamily family) {
        assertThat(PlacementStep.windowsBuild(family)).matches("10\\.0\\.[0-9]{5}");
    }
}
