package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void alternativeSpellingsPrintInNormalForm() {
        assertThat(Version.parse("1.0-RC1")).hasToString("1.0rc1");
        assertThat(Version.parse("v1.0")).hasToString("1.0");
        assertThat(Version.parse("1.02.3")).hasToString("1.2.3");
        assertThat(Version.parse("1.0_post2")).hasToString("1.0.post2");
        assertThat(Version.parse("1.0-3")).hasToString("1.0.post3");
        assertThat(Version.parse("1.0.alpha.1")).hasToString("1.0a1");
        assertThat(Version.parse("1.0preview")).hasToString("1.0rc0");
        assertThat(Version.parse("1.0-dev")).hasToString("1.0.dev0");
        assertThat(Version.parse("01!1.0+Ubuntu-01")).hasToString("1!1.0+ubuntu.1");
    }

    @Test
    void surroundingPythonWhitespaceIsIgnoredButInnerWhitespaceIsNot() {
        assertThat(Version.parse("\u202f1.0\t\u2029\n ")).hasToString("1.0");
        assertThatThrownBy(() -> Version.parse("1. 0")).isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> Version.parse("1.0\u200b")).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void equalReleasesIgnoreTrailingZerosAndShareOneCanonicalForm() {
        Version one = Version.parse("1");
        Version oneZero = Version.parse("1.0");
        Version oneZeroZero = Version.parse("1.0.0");
        assertThat(one).isEqualTo(oneZero).isEqualTo(oneZeroZero);
        assertThat(one.hashCode()).isEqualTo(oneZeroZero.hashCode());
        assertThat(oneZeroZero.canonical()).isEqualTo("1");
        assertThat(oneZeroZero).hasToString("1.0.0");
        assertThat(Version.parse("1.0.0a1").canonical()).isEqualTo("1a1");
        assertThat(Version.parse("0.0").canonical()).isEqualTo("0");
        assertThat(Version.parse("1.4.0.0.0").canonical()).isEqualTo("1.4");
    }

    @Test
    void versionsSortInPep440Order() {
        List<String> expected = List.of("1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0a1.post1", "1.0b1", "1.0rc1",
                "1.0", "1.0+abc", "1.0+1", "1.0.post1.dev1", "1.0.post1", "1.0.1", "1!0.1");
        List<Version> versions = new ArrayList<>();
        for (String text : expected) {
            versions.add(Version.parse(text));
        }
        List<Version> shuffled = new ArrayList<>(versions);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(versions);
    }

    @Test
    void dateAndBuildStampReleaseNumbersNeverOverflow() {
        Version big = Version.parse("20240131235959123456789.1");
        Version bigger = Version.parse("20240131235959123456790");
        assertThat(big).isLessThan(bigger);
        assertThat(big.release()).containsExactly(new BigInteger("20240131235959123456789"), BigInteger.ONE);
        assertThat(Version.parse("1.0.post99999999999999999999").postRelease())
                .isEqualTo(new BigInteger("99999999999999999999"));
        assertThat(Version.parse("1.0.dev" + "9".repeat(40))).isGreaterThan(Version.parse("1.0.dev" + "9".repeat(39)));
    }

    @Test
    void accessorsExposeTheParsedParts() {
        Version version = Version.parse("2!1.2.3rc4.post5.dev6+Local.7");
        assertThat(version.epoch()).isEqualTo(BigInteger.TWO);
        assertThat(version.release()).containsExactly(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3));
        assertThat(version.preReleaseLabel()).isEqualTo("rc");
        assertThat(version.preReleaseNumber()).isEqualTo(BigInteger.valueOf(4));
        assertThat(version.postRelease()).isEqualTo(BigInteger.valueOf(5));
        assertThat(version.devRelease()).isEqualTo(BigInteger.valueOf(6));
        assertThat(version.local()).isEqualTo("local.7");
        assertThat(version.publicVersion()).isEqualTo("2!1.2.3rc4.post5.dev6");
        assertThat(version.baseVersion()).isEqualTo("2!1.2.3");
        assertThat(version.isPrerelease()).isTrue();
        assertThat(version.isPostrelease()).isTrue();
        assertThat(version.isDevrelease()).isTrue();
    }

    @Test
    void aPlainReleaseHasNoOptionalParts() {
        Version version = Version.parse("1.0");
        assertThat(version.local()).isNull();
        assertThat(version.preReleaseLabel()).isNull();
        assertThat(version.postRelease()).isNull();
        assertThat(version.devRelease()).isNull();
        assertThat(version.isPrerelease()).isFalse();
    }

    @Test
    void localLabelsCompareNumbersAboveStringsAndByValue() {
        assertThat(Version.parse("1.0+1")).isGreaterThan(Version.parse("1.0+zzz"));
        assertThat(Version.parse("1.0+10")).isGreaterThan(Version.parse("1.0+9"));
        assertThat(Version.parse("1.0+a.1")).isEqualTo(Version.parse("1.0+A-01"));
        assertThat(Version.parse("1.0+a")).isLessThan(Version.parse("1.0+a.0"));
    }

    @Test
    void unicodeLookalikesOfAsciiLettersAndDigitsAreRejected() {
        for (String text : List.of("1.0\u017fost1", "1.0+\u212a", "\u0661.0", "1.0+\u0130", "1.0a\uff11")) {
            assertThatThrownBy(() -> Version.parse(text)).isInstanceOf(InvalidVersionException.class);
        }
    }
}
