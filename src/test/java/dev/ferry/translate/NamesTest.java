package dev.ferry.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @Test
    void validNamesAreKeptAsTheyAre() {
        assertThat(Names.dns1123Label("web-app")).isEqualTo("web-app");
        assertThat(Names.labelValue("My_Family.v2")).isEqualTo("My_Family.v2");
    }

    @Test
    void namesThatDifferOnlyInSpellingNeverCollide() {
        String underscore = Names.dns1123Label("web_app");
        String upper = Names.dns1123Label("Web-App");

        assertThat(underscore).startsWith("web-app-").isNotEqualTo("web-app").isNotEqualTo(upper);
        assertThat(upper).startsWith("web-app-");
    }

    @Test
    void sanitisingIsDeterministic() {
        assertThat(Names.dns1123Label("Log_Router")).isEqualTo(Names.dns1123Label("Log_Router"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "Log_Router", "___", "-lead", "trail-",
            "a-very-long-ecs-container-name-that-is-way-beyond-sixty-three-characters-in-length_0123456789"})
    void sanitisedNamesAreDns1123Labels(String name) {
        String label = Names.dns1123Label(name);

        assertThat(label).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    }

    @Test
    void longLabelValuesAreTruncatedWithAHash() {
        String family = "f".repeat(200);

        assertThat(Names.labelValue(family)).hasSize(63).endsWith("-" + Names.hash(family));
    }

    @Test
    void revisionNamesCarryTheNumber() {
        assertThat(Names.taskDefinitionRevision("web", 3)).isEqualTo("web-r3");
    }
}
