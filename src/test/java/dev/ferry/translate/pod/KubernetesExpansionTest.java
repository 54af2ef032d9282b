package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesExpansionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "plain text|plain text",
            "$(date)|$$(date)",
            "run $(X) now|run $$(X) now",
            "$HOME|$HOME",
            "cost $5|cost $5",
            "trailing $|trailing $",
            "pid $$|pid $$$$",
            "$$(X)|$$$$(X)",
            "$$$|$$$$$$",
            "${VAR}|${VAR}",
            "a$(b)$(c)|a$$(b)$$(c)",
    })
    void escapesWhatKubernetesWouldExpandOrReduce(String ecs, String kubernetes) {
        assertThat(KubernetesExpansion.literal(ecs)).isEqualTo(kubernetes);
    }

    /** Whatever the ECS text, Kubernetes' expansion of the escaped text gives it back unchanged. */
    @Test
    void kubernetesExpansionOfTheEscapedTextIsTheOriginal() {
        Random random = new Random(42);
        char[] alphabet = {'$', '$', '(', ')', 'A', ' ', '{', '}'};
        List<String> samples = new ArrayList<>(List.of("", "$", "$$", "$(", "$()", "$(A", "$(A)", "(A)$"));
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            samples.add(s.toString());
        }
        for (String sample : samples) {
            assertThat(expand(KubernetesExpansion.literal(sample))).as("expansion of the escaped %s", sample)
                    .isEqualTo(sample);
        }
    }

    @Test
    void unescapedReferencesWouldBeExpandedByTheOracle() {
        assertThat(expand("$(A) $$ $(")).isEqualTo("VALUE $ $(");
    }

    /**
     * Kubernetes' expansion (k8s.io/kubernetes third_party/forked/golang/expansion) with every variable defined: the
     * oracle the escaping is checked against.
     */
    static String expand(String input) {
        StringBuilder buf = new StringBuilder();
        int checkpoint = 0;
        for (int cursor = 0; cursor < input.length(); cursor++) {
            if (input.charAt(cursor) == '$' && cursor + 1 < input.length()) {
                buf.append(input, checkpoint, cursor);
                String rest = input.substring(cursor + 1);
                int advance;
                if (rest.charAt(0) == '$') {
                    buf.append('$');
                    advance = 1;
                } else if (rest.charAt(0) == '(') {
                    int close = rest.indexOf(')');
                    if (close >= 0) {
                        buf.append("VALUE");
                        advance = close + 1;
                    } else {
                        buf.append("$(");
                        advance = 1;
                    }
                } else {
                    buf.append('$').append(rest.charAt(0));
                    advance = 1;
                }
                cursor += advance;
                checkpoint = cursor + 1;
            }
        }
        return buf.append(input.substring(checkpoint)).toString();
    }
}
