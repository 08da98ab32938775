package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecifierSetTest {

    private static boolean contains(String specifiers, String version, boolean prereleases) {
        return SpecifierSet.parse(specifiers).contains(Version.parse(version), prereleases);
    }

    @Test
    void theEmptySetContainsEveryFinalRelease() {
        assertThat(SpecifierSet.parse("").isEmpty()).isTrue();
        assertThat(contains("", "1.0", false)).isTrue();
        assertThat(contains("  ", "1.0a1", false)).isFalse();
        assertThat(contains("", "1.0a1", true)).isTrue();
    }

    @Test
    void lessThanAFinalReleaseExcludesItsPreReleases() {
        assertThat(contains("<2.0", "2.0a1", true)).isFalse();
        assertThat(contains("<2.0", "1.9", true)).isTrue();
        assertThat(contains("<2.0rc1", "2.0a1", true)).isTrue();
    }

    @Test
    void greaterThanExcludesPostReleasesAndLocalVersionsOfTheSameRelease() {
        assertThat(contains(">1.0", "1.0.post1", true)).isFalse();
        assertThat(contains(">1.0", "1.0+local", true)).isFalse();
        assertThat(contains(">1.0", "1.0.1", true)).isTrue();
        assertThat(contains(">1.0.post1", "1.0.post2", true)).isTrue();
    }

    @Test
    void equalityIgnoresTheCandidatesLocalLabelUnlessTheSpecifierHasOne() {
        assertThat(contains("==1.0", "1.0+local", true)).isTrue();
        assertThat(contains("==1.0+local", "1.0", true)).isFalse();
        assertThat(contains("!=1.0", "1.0+local", true)).isFalse();
        assertThat(contains("<=1.0", "1.0+local", true)).isTrue();
    }

    @Test
    void wildcardsMatchByPrefixIncludingPreReleases() {
        assertThat(contains("==1.*", "1.9.9", true)).isTrue();
        assertThat(contains("==1.*", "1.0a1", true)).isTrue();
        assertThat(contains("==1.*", "2.0", true)).isFalse();
        assertThat(contains("!=1.0.*", "1.0.5", true)).isFalse();
    }

    @Test
    void compatibleReleaseStaysWithinTheSecondToLastPart() {
        assertThat(contains("~=1.4.5", "1.4.9", true)).isTrue();
        assertThat(contains("~=1.4.5", "1.5.0", true)).isFalse();
        assertThat(contains("~=2.2", "2.9", true)).isTrue();
        assertThat(contains("~=2.2", "3.0", true)).isFalse();
    }

    @Test
    void arbitraryEqualityComparesTheNormalisedStringCaseInsensitively() {
        assertThat(contains("===1.0", "1.0", true)).isTrue();
        assertThat(contains("===1.0", "1.0.0", true)).isFalse();
        assertThat(contains("===1.0RC1", "1.0rc1", true)).isTrue();
    }

    @Test
    void thePreReleaseFlagFiltersPreReleasesAndDevReleasesUpFront() {
        assertThat(contains(">=1.0a1", "1.0a2", false)).isFalse();
        assertThat(contains(">=1.0a1", "1.0a2", true)).isTrue();
        assertThat(contains(">=1.0", "1.1.dev1", false)).isFalse();
        assertThat(SpecifierSet.parse(">=1.0a1").contains(Version.parse("1.0a2"))).isTrue();
    }

    @Test
    void theNormalFormSortsAndDeduplicatesByMeaning() {
        assertThat(SpecifierSet.parse(" >= 1.0 , <2,>=1.0.0,!=1.5")).hasToString("!=1.5,<2,>=1.0");
        assertThat(SpecifierSet.parse(">=1.0,<2")).isEqualTo(SpecifierSet.parse("<2, >=1.0.0"));
        assertThat(SpecifierSet.parse(">=1.0,<2").hashCode()).isEqualTo(SpecifierSet.parse("<2, >=1.0.0").hashCode());
        assertThat(SpecifierSet.parse("~=1.0")).isNotEqualTo(SpecifierSet.parse("~=1.0.0"));
    }

    @Test
    void emptyClausesBetweenCommasAreSkipped() {
        assertThat(SpecifierSet.parse(">=1.0,,<2,").specifiers()).hasSize(2);
    }

    @Test
    void operatorsRejectSuffixesPep440DoesNotAllowThem() {
        for (String invalid : new String[] {"~=1", "~=1.0.*", ">=1.*", "<1.0+local", "==1.0a1.*", "=1.0", "1.0", "=== "}) {
            assertThatThrownBy(() -> SpecifierSet.parse(invalid))
                    .as(invalid)
                    .isInstanceOf(InvalidSpecifierException.class);
        }
    }

    @Test
    void theErrorNamesTheFailingClauseLikePackaging() {
        assertThatThrownBy(() -> SpecifierSet.parse(">=1.0, lolwat"))
                .hasMessage("Invalid specifier: 'lolwat'");
    }

    @Test
    void aSingleClauseExposesItsOperatorAndVersionText() {
        Specifier specifier = Specifier.parse(" >= v1.0 ");
        assertThat(specifier.operator()).isEqualTo(">=");
        assertThat(specifier.version()).isEqualTo("v1.0");
        assertThat(specifier).hasToString(">=v1.0");
        assertThat(specifier).isEqualTo(Specifier.parse(">=1.0.0"));
    }
}
