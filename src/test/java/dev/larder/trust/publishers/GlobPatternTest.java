package dev.larder.trust.publishers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobPatternTest {
    @Test
    void aSingleStarMatchesWithinOnePathSegment() {
        GlobPattern tags = new GlobPattern("refs/tags/v*");
        assertThat(tags.matches("refs/tags/v1.2.3")).isTrue();
        assertThat(tags.matches("refs/tags/v")).isTrue();
        assertThat(tags.matches("refs/tags/v1/evil")).isFalse();
        assertThat(tags.matches("refs/heads/v1")).isFalse();
    }

    @Test
    void aDoubleStarAlsoCrossesSlashes() {
        GlobPattern any = new GlobPattern("refs/tags/**");
        assertThat(any.matches("refs/tags/release/1.0")).isTrue();
        assertThat(any.matches("refs/tags/")).isTrue();
        assertThat(any.matches("refs/heads/main")).isFalse();
    }

    @Test
    void aQuestionMarkMatchesExactlyOneCharacterThatIsNotASlash() {
        GlobPattern p = new GlobPattern("refs/tags/v?");
        assertThat(p.matches("refs/tags/v1")).isTrue();
        assertThat(p.matches("refs/tags/v10")).isFalse();
        assertThat(p.matches("refs/tags/v")).isFalse();
        assertThat(new GlobPattern("a?b").matches("a/b")).isFalse();
    }

    @Test
    void everyOtherCharacterIsLiteralIncludingRegexAndBracketCharacters() {
        assertThat(new GlobPattern("refs/tags/v1.0").matches("refs/tags/v1x0")).isFalse();
        assertThat(new GlobPattern("a[b]c").matches("a[b]c")).isTrue();
        assertThat(new GlobPattern("a[b]c").matches("abc")).isFalse();
        assertThat(new GlobPattern("x+y$").matches("x+y$")).isTrue();
    }

    @Test
    void theWholeValueMustMatchNotJustAPrefix() {
        assertThat(new GlobPattern("refs/heads/main").matches("refs/heads/main-evil")).isFalse();
        assertThat(new GlobPattern("main").matches("refs/heads/main")).isFalse();
    }

    @Test
    void manyStarsAgainstALongValueStillAnswerQuickly() {
        GlobPattern p = new GlobPattern("*a*a*a*a*a*a*a*a*a*a*a*b");
        String value = "a".repeat(5000);
        long start = System.nanoTime();
        assertThat(p.matches(value)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void itKnowsWhetherItHasWildcardsAndLiteralCharacters() {
        assertThat(new GlobPattern("refs/tags/v*").hasWildcard()).isTrue();
        assertThat(new GlobPattern("refs/tags/v1").hasWildcard()).isFalse();
        assertThat(new GlobPattern("**").hasLiteral()).isFalse();
        assertThat(new GlobPattern("*?*").hasLiteral()).isFalse();
        assertThat(new GlobPattern("*/x").hasLiteral()).isTrue();
    }
}
