package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.translate.pod.ClusterPolicy.ImageRewrite;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferencesTest {
    private static final List<ImageRewrite> RULES = List.of(
            new ImageRewrite("123456789012.dkr.ecr.us-east-1.amazonaws.com/", "registry.internal/"),
            new ImageRewrite("public.ecr.aws", "mirror.internal/public"),
            new ImageRewrite("docker.io", "mirror.internal/hub"),
            new ImageRewrite("registry.local:5000/team", "registry.internal/team"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1, registry.internal/app:1",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/a/b@sha256:abc, registry.internal/a/b@sha256:abc",
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1, 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1",
            "public.ecr.aws/nginx/nginx:1.27, mirror.internal/public/nginx/nginx:1.27",
            "public.ecr.aws.example.com/x:1, public.ecr.aws.example.com/x:1",
            "nginx, mirror.internal/hub/library/nginx",
            "nginx:1.27, mirror.internal/hub/library/nginx:1.27",
            "bitnami/redis:7, mirror.internal/hub/bitnami/redis:7",
            "docker.io/library/nginx:1, mirror.internal/hub/library/nginx:1",
            "registry.local:5000/team/app:2, registry.internal/team/app:2",
            "registry.local:5000/teamwork/app:2, registry.local:5000/teamwork/app:2",
            "localhost/app:1, localhost/app:1",
    })
    void rewritesTheRegistryPrefixAtAPathBoundaryKeepingTagAndDigest(String image, String expected) {
        assertThat(ImageReferences.rewrite(image, RULES)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a.example/app:1, first.example/app:1",
            "a.example/team/app:1, first.example/team/app:1",
    })
    void firstMatchingRuleWins(String image, String expected) {
        List<ImageRewrite> rules = List.of(new ImageRewrite("a.example", "first.example"),
                new ImageRewrite("a.example/team", "second.example"));
        assertThat(ImageReferences.rewrite(image, rules)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "nginx, Always",
            "nginx:latest, Always",
            "nginx:1.27, Always",
            "registry.local:5000/app, Always",
            "nginx@sha256:0123, IfNotPresent",
            "nginx:1.27@sha256:0123, IfNotPresent",
    })
    void pullsTagsOnEveryStartAndDigestsOnce(String image, String policy) {
        assertThat(ImageReferences.pullPolicy(image)).isEqualTo(policy);
    }
}
