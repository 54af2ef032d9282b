package dev.ferry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ferry.testing.FerryApiServer;
import dev.ferry.testing.FerryApiServerResource;
import dev.ferry.testing.InjectFerryApiServer;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(FerryApiServerResource.class)
class OperatorBootsIT {

    @Inject
    Operator operator;

    @Inject
    KubernetesClient client;

    @InjectFerryApiServer
    FerryApiServer apiServer;

    @TestHTTPResource("/q/health/ready")
    URL readiness;

    @Test
    void operatorClientTalksToTheTestApiServerWithTheCrdsInstalled() {
        assertThat(client.getMasterUrl().toString()).startsWith(apiServer.url());
        assertThat(client.apiextensions().v1().customResourceDefinitions()
                .withName("taskdefinitions.ecs.ferry.dev").get()).isNotNull();
    }

    @Test
    void operatorStartsItsControllersAndReportsReady() throws Exception {
        assertThat(operator.getRegisteredControllersNumber()).isPositive();

        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(readiness.toString())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(operator.getRuntimeInfo().isStarted()).isTrue();
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }
}
