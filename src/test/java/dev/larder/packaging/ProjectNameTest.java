package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectNameTest {

    @Test
    void equivalentSpellingsNormalizeToOneProject() {
        assertThat(ProjectName.of("Foo_Bar").normalized()).isEqualTo("foo-bar");
        assertThat(ProjectName.of("FOO.bar").normalized()).isEqualTo("foo-bar");
        assertThat(ProjectName.of("foo__bar").normalized()).isEqualTo("foo-bar");
        assertThat(ProjectName.of("Foo_Bar").isSameProjectAs(ProjectName.of("foo.-_bar"))).isTrue();
    }

    @Test
    void theDisplayNameKeepsTheUploadedSpelling() {
        ProjectName name = ProjectName.of("Foo_Bar");
        assertThat(name.display()).isEqualTo("Foo_Bar");
        assertThat(name).hasToString("Foo_Bar");
    }

    @Test
    void filenameFormReplacesDashesWithUnderscores() {
        assertThat(ProjectName.of("Foo.Bar").filenameForm()).isEqualTo("foo_bar");
        assertThat(ProjectName.of("a-b-c").filenameForm()).isEqualTo("a_b_c");
    }

    @Test
    void namesMustStartAndEndWithAnAsciiLetterOrDigit() {
        assertThat(ProjectName.isValid("a")).isTrue();
        assertThat(ProjectName.isValid("9")).isTrue();
        assertThat(ProjectName.isValid("a.b")).isTrue();
        assertThat(ProjectName.isValid("foo-")).isFalse();
        assertThat(ProjectName.isValid("_foo")).isFalse();
        assertThat(ProjectName.isValid("foo bar")).isFalse();
        assertThat(ProjectName.isValid("caf\u00e9")).isFalse();
        assertThat(ProjectName.isValid("")).isFalse();
        assertThat(ProjectName.isValid(null)).isFalse();
    }

    @Test
    void aTrailingNewlineDoesNotSneakPastTheRule() {
        assertThat(ProjectName.isValid("foo\n")).isFalse();
    }

    @Test
    void anInvalidNameIsReportedLikeCanonicalizeNameWithValidate() {
        assertThatThrownBy(() -> ProjectName.of("foo-"))
                .isInstanceOf(InvalidProjectNameException.class)
                .hasMessage("name is invalid: 'foo-'");
    }

    @Test
    void theCanonicalConstructorRefusesAMismatchedNormalizedForm() {
        assertThatThrownBy(() -> new ProjectName("Foo", "bar")).isInstanceOf(InvalidProjectNameException.class);
    }

    @Test
    void normalizeDoesNotValidate() {
        assertThat(ProjectName.normalize("_not_legal")).isEqualTo("-not-legal");
    }
}
