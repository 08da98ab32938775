package dev.larder.packaging.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TroveClassifiersTest {

    @Test
    void knownClassifiersAreRecognisedExactly() {
        assertThat(TroveClassifiers.isKnown("Programming Language :: Python :: 3")).isTrue();
        assertThat(TroveClassifiers.isKnown("programming language :: python :: 3")).isFalse();
        assertThat(TroveClassifiers.isKnown("Programming Language :: Python :: 3 ")).isFalse();
    }

    @Test
    void deprecatedClassifiersAreKnownAndCarryTheirReplacements() {
        assertThat(TroveClassifiers.isKnown("Natural Language :: Ukranian")).isTrue();
        assertThat(TroveClassifiers.replacementsIfDeprecated("Natural Language :: Ukranian"))
                .contains(List.of("Natural Language :: Ukrainian"));
        assertThat(TroveClassifiers.replacementsIfDeprecated("License :: OSI Approved :: Intel Open Source License"))
                .contains(List.of());
        assertThat(TroveClassifiers.replacementsIfDeprecated("Programming Language :: Python :: 3")).isEmpty();
    }
}
