package dev.ferry.translate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesWithHashTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "prod/db-AbCdEf,      ecs-sm-prod-db-abcdef-",
            "/a/b,                ecs-sm-a-b-",
            "__weird__,           ecs-sm-weird-",
            "///,                 ecs-sm-",
    })
    void readablePartIsSanitisedAndFollowedByHashOfTheParts(String readable, String expectedPrefix) {
        String name = Names.withHash("ecs-sm", readable, 40, "p", readable);
        assertThat(name).isEqualTo(expectedPrefix + Names.hash("p", readable));
    }

    @Test
    void readablePartIsCutWithoutTrailingDash() {
        String name = Names.withHash("x", "a".repeat(39) + "-bcdef", 40, "k");
        assertThat(name).isEqualTo("x-" + "a".repeat(39) + "-" + Names.hash("k"));
    }

    @Test
    void sameReadablePartWithDifferentHashPartsGivesDifferentNames() {
        assertThat(Names.withHash("x", "name", 40, "aws", "us-east-1"))
                .isNotEqualTo(Names.withHash("x", "name", 40, "aws", "eu-west-1"));
    }

    @Test
    void resultIsADns1123Label() {
        String name = Names.withHash("ecs-ssm", "/Very/Long_Parameter.Name/" + "x".repeat(300), 40, "a");
        assertThat(name).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    }
}
