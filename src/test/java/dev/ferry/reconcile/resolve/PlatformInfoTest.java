package dev.ferry.reconcile.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.translate.pod.Platform;
import org.junit.jupiter.api.Test;

class PlatformInfoTest {

    @Test
    void readsTheVersionAsTheApiServerReportsIt() {
        assertThat(PlatformInfo.parse("1", "29+")).hasValue(new Platform(1, 29));
        assertThat(PlatformInfo.parse("1", "31")).hasValue(new Platform(1, 31));
    }

    @Test
    void readsTheConfiguredOverride() {
        assertThat(PlatformInfo.parse("1.27", "")).hasValue(new Platform(1, 27));
    }

    @Test
    void garbageIsNotAVersion() {
        assertThat(PlatformInfo.parse("", "")).isEmpty();
        assertThat(PlatformInfo.parse(null, null)).isEmpty();
    }

    @Test
    void theConfiguredVersionDecidesWhichFeaturesAreAvailable() {
        var info = new PlatformInfo(null, java.util.Optional.of("1.26"));

        assertThat(info.get()).isEqualTo(Platform.MINIMUM);
        assertThat(info.get().nativeSidecars()).isFalse();
    }
}
