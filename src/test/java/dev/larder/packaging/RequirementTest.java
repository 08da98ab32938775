package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequirementTest {

    @Test
    void aFullRequirementIsSplitIntoItsParts() {
        Requirement requirement = Requirement.parse(
                "requests [security,tests] >= 2.8.1, == 2.8.* ; python_version < \"2.7\"");
        assertThat(requirement.name()).isEqualTo("requests");
        assertThat(requirement.extras()).containsExactly("security", "tests");
        assertThat(requirement.specifier()).hasToString("==2.8.*,>=2.8.1");
        assertThat(requirement.url()).isNull();
        assertThat(requirement.marker()).isEqualTo("python_version < \"2.7\"");
        assertThat(requirement).hasToString("requests[security,tests]==2.8.*,>=2.8.1; python_version < \"2.7\"");
    }

    @Test
    void aDirectReferenceKeepsItsUrlAndPrintsWithSpacesAroundTheAt() {
        Requirement requirement = Requirement.parse("pip@https://example.com/pip-1.3.1.zip ; os_name=='nt'");
        assertThat(requirement.url()).isEqualTo("https://example.com/pip-1.3.1.zip");
        assertThat(requirement.specifier().isEmpty()).isTrue();
        assertThat(requirement).hasToString("pip @ https://example.com/pip-1.3.1.zip ; os_name == \"nt\"");
    }

    @Test
    void markersPrintInNormalFormWithExtrasNormalized() {
        assertThat(Requirement.parse("foo; extra == 'Test_Extra.Name'").marker()).isEqualTo("extra == \"test-extra-name\"");
        assertThat(Requirement.parse("foo; os.name=='a'").marker()).isEqualTo("os_name == \"a\"");
        assertThat(Requirement.parse("foo; python_implementation=='CPython'").marker())
                .isEqualTo("platform_python_implementation == \"CPython\"");
        assertThat(Requirement.parse("foo; ((os_name=='a'))").marker()).isEqualTo("os_name == \"a\"");
        assertThat(Requirement.parse("foo; (os_name=='a' or os_name=='b') and os_name=='c'").marker())
                .isEqualTo("(os_name == \"a\" or os_name == \"b\") and os_name == \"c\"");
        assertThat(Requirement.parse("foo; os_name == \"it's\"").marker()).isEqualTo("os_name == \"it's\"");
        assertThat(Requirement.parse("foo; os_name == 'say \"hi\"'").marker()).isEqualTo("os_name == 'say \"hi\"'");
    }

    @Test
    void markerValuesDecodePythonEscapes() {
        assertThat(Requirement.parse("foo; os_name == 'a\\x41\\u00e9\\N{EM DASH}'").marker())
                .isEqualTo("os_name == \"aA\u00e9\u2014\"");
    }

    @Test
    void syntaxErrorsPointAtTheProblemLikePackaging() {
        assertThatThrownBy(() -> Requirement.parse("foo >=1.0 bar"))
                .isInstanceOf(InvalidRequirementException.class)
                .hasMessage("Expected comma (within version specifier), semicolon (after version specifier) or end\n"
                        + "    foo >=1.0 bar\n"
                        + "        ~~~~~~^")
                .satisfies(e -> assertThat(((InvalidRequirementException) e).reason())
                        .isEqualTo("Expected comma (within version specifier), semicolon (after version specifier) or end"));
    }

    @Test
    void wildcardsAndLocalLabelsOnTheWrongOperatorGetTheirOwnMessages() {
        assertThatThrownBy(() -> Requirement.parse("foo >=1.0.*"))
                .hasMessageStartingWith(".* suffix can only be used with `==` or `!=` operators");
        assertThatThrownBy(() -> Requirement.parse("foo ==1.0a1.*"))
                .hasMessageStartingWith(".* suffix cannot be used with pre-release, post-release, dev or local versions");
        assertThatThrownBy(() -> Requirement.parse("foo >=1.0+local"))
                .hasMessageStartingWith("Local version label can only be used with `==` or `!=` operators");
    }

    @Test
    void deeplyNestedMarkersAreRejectedWithoutExhaustingTheStack() {
        String marker = "(".repeat(5000) + "os_name == 'a'" + ")".repeat(5000);
        assertThatThrownBy(() -> Requirement.parse("foo; " + marker))
                .isInstanceOf(InvalidRequirementException.class)
                .hasMessageStartingWith("Marker expression is nested more than 200 levels deep");
    }

    @Test
    void aMarkerValueWithBothQuoteCharactersIsRejectedBecauseItCannotBePrinted() {
        assertThatThrownBy(() -> Requirement.parse("foo; os_name == '\\x22\\x27'"))
                .isInstanceOf(InvalidRequirementException.class)
                .hasMessage("Cannot serialize marker value containing both quote characters");
    }

    @Test
    void requirementsCompareByNormalizedNameExtrasAndMeaning() {
        assertThat(Requirement.parse("Foo_Bar[Test]>=1.0")).isEqualTo(Requirement.parse("foo-bar[test] >=1.0.0"));
        assertThat(Requirement.parse("Foo_Bar[Test]>=1.0").hashCode())
                .isEqualTo(Requirement.parse("foo-bar[test] >=1.0.0").hashCode());
        assertThat(Requirement.parse("foo>=1")).isNotEqualTo(Requirement.parse("foo>1"));
    }

    @Test
    void duplicateExtrasCollapse() {
        assertThat(Requirement.parse("foo[b,a,b]").extras()).containsExactly("a", "b");
    }
}
