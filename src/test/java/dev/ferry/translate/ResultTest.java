package dev.ferry.translate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultTest {
    @Test
    void okHasValueAndNoViolations() {
        Result<String> result = Result.ok("x");
        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).isEqualTo("x");
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void invalidHasViolationsAndNoValue() {
        Result<String> result = Result.invalid("spec.cpu", "bad");
        assertThat(result.isValid()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.violations()).containsExactly(new Violation("spec.cpu", "bad"));
    }

    @Test
    void resultWithBothOrNeitherIsRefused() {
        assertThatThrownBy(() -> new Result<>("x", List.of(new Violation("f", "m"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Result<>(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Result.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapTransformsValueAndKeepsViolations() {
        assertThat(Result.ok(2).map(i -> i * 10).value()).isEqualTo(20);
        Result<Integer> invalid = Result.invalid("f", "m");
        assertThat(invalid.map(i -> i * 10).violations()).containsExactly(new Violation("f", "m"));
    }
}
