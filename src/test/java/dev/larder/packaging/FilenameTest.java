package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FilenameTest {

    @Test
    void aWheelFilenameSplitsIntoNameVersionBuildAndTagSets() {
        WheelFilename wheel = WheelFilename.parse("Foo_Bar-1.0.0-2abc-py2.py3-none-macosx_10_9_X86_64.whl");
        assertThat(wheel.rawName()).isEqualTo("Foo_Bar");
        assertThat(wheel.name()).isEqualTo("foo-bar");
        assertThat(wheel.version()).isEqualTo(Version.parse("1.0"));
        assertThat(wheel.buildTag()).isEqualTo(new BuildTag(BigInteger.TWO, "abc"));
        assertThat(wheel.pythonTags()).containsExactly("py2", "py3");
        assertThat(wheel.abiTags()).containsExactly("none");
        assertThat(wheel.platformTags()).containsExactly("macosx_10_9_x86_64");
        assertThat(wheel.tags()).containsExactly("py2-none-macosx_10_9_x86_64", "py3-none-macosx_10_9_x86_64");
    }

    @Test
    void aWheelWithoutBuildTagHasNone() {
        assertThat(WheelFilename.parse("foo-1.0-py3-none-any.whl").buildTag()).isNull();
    }

    @Test
    void wheelErrorsUsePackagingsMessages() {
        assertThatThrownBy(() -> WheelFilename.parse("x"))
                .isInstanceOf(InvalidFilenameException.class)
                .hasMessage("Invalid wheel filename (extension must be '.whl'): 'x'");
        assertThatThrownBy(() -> WheelFilename.parse("foo-1.0-any.whl"))
                .hasMessage("Invalid wheel filename (wrong number of parts): 'foo-1.0-any'");
        assertThatThrownBy(() -> WheelFilename.parse("foo__bar-1.0-py3-none-any.whl"))
                .hasMessage("Invalid project name: 'foo__bar-1.0-py3-none-any'");
        assertThatThrownBy(() -> WheelFilename.parse("foo-dog-py3-none-any.whl"))
                .hasMessage("Invalid wheel filename (invalid version): 'foo-dog-py3-none-any'");
        assertThatThrownBy(() -> WheelFilename.parse("demo_pkg-1.0-q-py3-none-any.whl"))
                .hasMessage("Invalid build number: q in 'demo_pkg-1.0-q-py3-none-any'");
        assertThatThrownBy(() -> WheelFilename.parse("foo-1.0-py3..py2-none-any.whl"))
                .hasMessage("Invalid wheel filename (invalid tag component): 'foo-1.0-py3..py2-none-any'");
        assertThatThrownBy(() -> WheelFilename.parse("foo-1.0-3py-none-any.whl"))
                .hasMessage("Invalid wheel filename (invalid tag component): 'foo-1.0-3py-none-any'");
    }

    @Test
    void anSdistFilenameSplitsAtTheLastDash() {
        SdistFilename sdist = SdistFilename.parse("foo-bar-1.0.post1.tar.gz");
        assertThat(sdist.rawName()).isEqualTo("foo-bar");
        assertThat(sdist.name()).isEqualTo("foo-bar");
        assertThat(sdist.version()).hasToString("1.0.post1");
        assertThat(sdist.extension()).isEqualTo(".tar.gz");
        assertThat(SdistFilename.parse("Foo_Bar-1.0.zip").extension()).isEqualTo(".zip");
    }

    @Test
    void sdistErrorsUsePackagingsMessages() {
        assertThatThrownBy(() -> SdistFilename.parse("foo-1.0.tgz"))
                .isInstanceOf(InvalidFilenameException.class)
                .hasMessage("Invalid sdist filename (extension must be '.tar.gz' or '.zip'): 'foo-1.0.tgz'");
        assertThatThrownBy(() -> SdistFilename.parse("foo.tar.gz")).hasMessage("Invalid sdist filename: 'foo.tar.gz'");
        assertThatThrownBy(() -> SdistFilename.parse("-1.0.tar.gz"))
                .hasMessage("Invalid sdist filename (empty project name): '-1.0.tar.gz'");
        assertThatThrownBy(() -> SdistFilename.parse("foo-dog.tar.gz"))
                .hasMessage("Invalid sdist filename (invalid version): 'foo-dog.tar.gz'");
    }

    @Test
    void errorMessagesQuoteLikePythonRepr() {
        assertThatThrownBy(() -> SdistFilename.parse("it's\n.tgz"))
                .hasMessage("Invalid sdist filename (extension must be '.tar.gz' or '.zip'): \"it's\\n.tgz\"");
    }
}
