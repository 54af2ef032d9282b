package dev.ferry.translate.pod;

import dev.ferry.translate.Names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "app|signalfx-agent|true",
            "team|''|true",
            "prometheus.io/scrape|true|true",
            "com.datadoghq.ad.check_names|'[\"nginx\"]'|false",
            "with space|x|false",
            "Example.com/x|y|false",
            "aws:cloudformation:stack-name|shop|false",
            "a/b/c|x|false",
            "description|The shop, in production|false",
            "app.kubernetes.io/name|web|false",
            "ecs.ferry.dev/family|web|false",
            "node.kubernetes.io/x|y|false",
            "foo.k8s.io/x|y|false",
            "team.ferry.dev/x|y|false",
            "kubernetes.io.example.com/x|y|true",
    })
    void onlyValidUnreservedPairsMayBecomeLabels(String key, String value, boolean label) {
        assertThat(MetadataSyntax.mayBeLabel(key, value)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"app.kubernetes.io/managed-by, true", "ecs.ferry.dev/family, true", "ferry.dev/x, true",
            "team.FERRY.dev/x, true", "app.kubernetes.io/name, false", "ferry.developer.com/x, false", "ferry, false"})
    void ferrysOwnKeysAreManagedByAndEveryKeyUnderFerryDev(String key, boolean ferrys) {
        assertThat(MetadataSyntax.isFerrys(key)).isEqualTo(ferrys);
    }

    @Test
    void labelNamesAndValuesAreAtMost63Characters() {
        assertThat(MetadataSyntax.isLabelKey("k".repeat(63))).isTrue();
        assertThat(MetadataSyntax.isLabelKey("k".repeat(64))).isFalse();
        assertThat(Names.isLabelValue("v".repeat(63))).isTrue();
        assertThat(Names.isLabelValue("v".repeat(64))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "db, true, true",
            "db-replica.local, false, true",
            "Db, false, false",
            "-db, false, false",
            "db., false, false",
            "log_router, false, false",
            "'', false, false",
    })
    void dnsLabelsAndSubdomainsAreLowerCaseAlphanumericRunsJoinedByDashesAndDots(String name, boolean label,
            boolean subdomain) {
        assertThat(Names.isDnsLabel(name)).isEqualTo(label);
        assertThat(MetadataSyntax.isDnsSubdomain(name)).isEqualTo(subdomain);
    }

    @Test
    void dnsLabelsAreAtMost63AndSubdomainsAtMost253Characters() {
        assertThat(Names.isDnsLabel("a".repeat(63))).isTrue();
        assertThat(Names.isDnsLabel("a".repeat(64))).isFalse();
        String subdomain = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);
        assertThat(subdomain).hasSize(253);
        assertThat(MetadataSyntax.isDnsSubdomain(subdomain)).isTrue();
        assertThat(MetadataSyntax.isDnsSubdomain(subdomain + "a")).isFalse();
    }

    @Test
    void jsonSortsMapKeysWhateverTheInsertionOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", "2");
        map.put("a", Map.of("z", "1", "y", "0"));
        assertThat(MetadataSyntax.json(map)).isEqualTo("{\"a\":{\"y\":\"0\",\"z\":\"1\"},\"b\":\"2\"}");
    }
}
