package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvVarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "$", "$$", "$$$", "$(", "$(A", "$(A)", "$$(A)", "a$b$(c)$$d$", "(($$))", "$)$(", "$$$(x)$"})
    void kubernetesExpansionGivesBackTheEcsValue(String ecs) {
        assertThat(kubernetesExpand(KubernetesExpansion.literal(ecs))).isEqualTo(ecs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_URL", "spring.datasource.url", "_x", "-dash", "A1"})
    void conventionalNamesAreValidOnEveryPlatform(String name) {
        assertThat(EnvVars.nameProblem(name, Platform.MINIMUM)).isNull();
        assertThat(EnvVars.nameProblem(name, Platform.LATEST)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MY VAR", "1ABC", "a:b", "why?"})
    void namesOutsideTheStrictSetAreRejectedBeforeKubernetes132Only(String name) {
        assertThat(EnvVars.nameProblem(name, new Platform(1, 31))).contains("1.31");
        assertThat(EnvVars.nameProblem(name, new Platform(1, 32))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A=B", "", "tab\there", "ümlaut"})
    void namesNoKubernetesAcceptsAreRejectedEverywhere(String name) {
        assertThat(EnvVars.nameProblem(name, Platform.LATEST)).isNotNull();
    }

    /**
     * Kubernetes' expansion of env values, command and args (third_party/forked/golang/expansion), with every
     * variable defined as {@code <NAME>}, so an unescaped reference would show.
     */
    private static String kubernetesExpand(String input) {
        StringBuilder out = new StringBuilder();
        int checkpoint = 0;
        for (int cursor = 0; cursor < input.length(); cursor++) {
            if (input.charAt(cursor) == '$' && cursor + 1 < input.length()) {
                out.append(input, checkpoint, cursor);
                char next = input.charAt(cursor + 1);
                int advance;
                if (next == '$') {
                    out.append('$');
                    advance = 1;
                } else if (next == '(') {
                    int close = input.indexOf(')', cursor + 2);
                    if (close < 0) {
                        out.append("$(");
                        advance = 1;
                    } else {
                        out.append('<').append(input, cursor + 2, close).append('>');
                        advance = close - cursor;
                    }
                } else {
                    out.append('$').append(next);
                    advance = 1;
                }
                cursor += advance;
                checkpoint = cursor + 1;
            }
        }
        return out.append(input.substring(Math.min(checkpoint, input.length()))).toString();
    }
}
