package dev.larder.packaging.archive;

import static dev.larder.packaging.archive.ArchiveFixtures.SDIST_NAME;
import static dev.larder.packaging.archive.ArchiveFixtures.ZIP_SDIST_NAME;
import static dev.larder.packaging.archive.ArchiveFixtures.sdist;
import static dev.larder.packaging.archive.ArchiveFixtures.tarReason;
import static dev.larder.packaging.archive.ArchiveFixtures.zipReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdistInspectorTest {

    private static final String PKG_INFO_START = "Metadata-Version: 2.4\nName: demo-pkg\n";

    private final SdistInspector inspector = new SdistInspector();

    @Test
    void a_good_tarball_yields_its_pkg_info_and_top_level() throws Exception {
        SdistContents contents = inspector.inspect(sdist("good.tar.gz"), SDIST_NAME);

        assertThat(new String(contents.pkgInfo(), StandardCharsets.UTF_8)).startsWith(PKG_INFO_START);
        assertThat(contents.topLevel()).isEqualTo("demo_pkg-1.0");
        assertThat(contents.memberNames()).contains("demo_pkg-1.0", "demo_pkg-1.0/src", "demo_pkg-1.0/LICENSE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"good-pax-long-names.tar.gz", "good-gnu-long-names.tar.gz", "good-two-gzip-members.tar.gz"})
    void pax_and_gnu_long_names_and_multi_member_gzip_are_read_like_python_reads_them(String fixture)
            throws Exception {
        SdistContents contents = inspector.inspect(sdist(fixture), SDIST_NAME);
        assertThat(new String(contents.pkgInfo(), StandardCharsets.UTF_8)).startsWith(PKG_INFO_START);
        assertThat(contents.memberNames()).doesNotContain("pax_global_header", "././@LongLink");
    }

    @Test
    void long_names_arrive_whole() throws Exception {
        SdistContents contents = inspector.inspect(sdist("good-gnu-long-names.tar.gz"), SDIST_NAME);
        assertThat(contents.memberNames()).contains("demo_pkg-1.0/src/" + "a_rather_long_directory_name/".repeat(4)
                + "module_with_a_long_name.py");
    }

    @Test
    void a_zip_sdist_is_checked_like_a_wheel_zip_and_yields_its_pkg_info() throws Exception {
        SdistContents contents = inspector.inspect(sdist("good.zip"), ZIP_SDIST_NAME);
        assertThat(new String(contents.pkgInfo(), StandardCharsets.UTF_8)).startsWith(PKG_INFO_START);
        assertThat(contents.topLevel()).isEqualTo("demo_pkg-1.0/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "not-a-tar.tar.gz                | File is not a tarfile",
        "truncated.tar.gz                | None",
        "bad-crc.tar.gz                  | None",
        "both-zip-and-tar.tar.gz         | File is both a zip and a tar file",
        "multiple-top-level.tar.gz       | Incorrect number of top-level directories in sdist",
        "members-at-root.tar.gz          | Incorrect number of top-level directories in sdist",
        "missing-pkg-info.tar.gz         | PKG-INFO not found at demo_pkg-1.0/PKG-INFO",
        "bomb.tar.gz                     | File exceeds compression ratio of 50",
        "oversized-pax-header.tar.gz     | tar header record is larger than 65536 bytes",
        "header-chain.tar.gz             | None",
    })
    void each_tarball_rule_refuses_with_pypis_message(String fixture, String message) {
        assertThatThrownBy(() -> inspector.inspect(sdist(fixture), SDIST_NAME))
                .isInstanceOf(InvalidDistributionException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "sparse-gnu.tar.gz            | Sparse members are not allowed",
        "sparse-pax.tar.gz            | Sparse members are not allowed",
        "parent-reference.tar.gz      | Parent directory reference in filename",
        "absolute-path.tar.gz         | Absolute path in filename",
        "symlink-outside.tar.gz       | Link target outside the top-level directory",
        "hardlink-outside.tar.gz      | Link target outside the top-level directory",
        "device.tar.gz                | Device or FIFO member in archive",
    })
    void members_that_could_escape_or_confuse_an_extractor_are_refused(String fixture, String reason) {
        assertThatThrownBy(() -> inspector.inspect(sdist(fixture), SDIST_NAME)).hasMessage(tarReason(reason));
    }

    @Test
    void a_symlink_that_stays_inside_the_top_level_directory_is_fine() {
        assertThatCode(() -> inspector.inspect(sdist("good.tar.gz"), SDIST_NAME)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "missing-pkg-info.zip    | PKG-INFO not found at demo_pkg-1.0/PKG-INFO",
        "multiple-top-level.zip  | Incorrect number of top-level directories in sdist",
        "good.tar.gz             | File is not a zipfile",
    })
    void each_zip_sdist_rule_refuses_with_pypis_message(String fixture, String message) {
        assertThatThrownBy(() -> inspector.inspect(sdist(fixture), ZIP_SDIST_NAME)).hasMessage(message);
    }

    @Test
    void a_zip_sdist_gets_the_strict_zip_structure_check() {
        assertThatThrownBy(() -> inspector.inspect(sdist("trailing-data.zip"), ZIP_SDIST_NAME))
                .hasMessage(zipReason("Trailing data"));
    }

    @Test
    void license_files_are_looked_up_under_the_top_level_directory() throws Exception {
        SdistContents contents = inspector.inspect(sdist("good.tar.gz"), SDIST_NAME);

        assertThatCode(() -> contents.requireLicenseFiles(List.of("LICENSE"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> contents.requireLicenseFiles(List.of("LICENSE", "COPYING")))
                .isInstanceOf(InvalidDistributionException.class)
                .hasMessage("License-File COPYING does not exist in distribution file demo_pkg-1.0.tar.gz"
                        + " at demo_pkg-1.0/COPYING");
    }

    @Test
    void license_files_of_a_zip_sdist_are_checked_against_its_entries() throws Exception {
        SdistContents contents = inspector.inspect(sdist("good.zip"), ZIP_SDIST_NAME);

        assertThatCode(() -> contents.requireLicenseFiles(List.of("LICENSE"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> contents.requireLicenseFiles(List.of("NOTICE")))
                .hasMessage("License-File NOTICE does not exist in distribution file demo_pkg-1.0.zip"
                        + " at demo_pkg-1.0/NOTICE");
    }

    @Test
    void the_expansion_ceiling_stops_inflating_early() {
        SdistInspector small = new SdistInspector(ArchiveLimits.defaults().withMaxTarUncompressedBytes(4096));
        assertThatThrownBy(() -> small.inspect(sdist("good-pax-long-names.tar.gz"), SDIST_NAME))
                .hasMessage("Archive expands to more than 4096 bytes");
    }

    @Test
    void the_entry_limit_applies_to_tarballs() {
        SdistInspector small = new SdistInspector(ArchiveLimits.defaults().withMaxEntries(3));
        assertThatThrownBy(() -> small.inspect(sdist("good.tar.gz"), SDIST_NAME))
                .hasMessage("Archive contains more than 3 entries");
    }

    @Test
    void pkg_info_larger_than_the_metadata_limit_is_refused() {
        SdistInspector small = new SdistInspector(ArchiveLimits.defaults().withMaxMetadataBytes(16));
        assertThatThrownBy(() -> small.inspect(sdist("good.tar.gz"), SDIST_NAME))
                .hasMessage("File demo_pkg-1.0/PKG-INFO in the archive is larger than the limit of 16 bytes");
    }

    @Test
    void a_wheel_filename_is_a_programming_error() {
        assertThatThrownBy(() -> inspector.inspect(sdist("good.tar.gz"), "demo_pkg-1.0-py3-none-any.whl"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
