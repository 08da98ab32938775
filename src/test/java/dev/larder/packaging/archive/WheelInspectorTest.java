package dev.larder.packaging.archive;

import static dev.larder.packaging.archive.ArchiveFixtures.WHEEL_NAME;
import static dev.larder.packaging.archive.ArchiveFixtures.wheel;
import static dev.larder.packaging.archive.ArchiveFixtures.zipReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WheelInspectorTest {

    private final WheelInspector inspector = new WheelInspector();

    @TempDir
    Path temp;

    @Test
    void a_good_wheel_yields_the_exact_metadata_bytes_and_its_entry_points() throws Exception {
        Path file = wheel("good.whl");
        WheelContents contents = inspector.inspect(file, WHEEL_NAME, List.of("LICENSE"));

        assertThat(contents.metadata()).isEqualTo(memberBytes(file, "demo_pkg-1.0.dist-info/METADATA"));
        assertThat(contents.recordMismatch()).isEmpty();
        assertThat(contents.entryPoints().consoleScripts()).containsExactly(Map.entry("demo", "demo_pkg:main"));
        assertThat(contents.entryPoints().group("demo.plugins")).containsEntry("first", "demo_pkg.plugins:first");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"good-stored.whl", "good-zip64.whl", "good-archive-comment.whl"})
    void stored_zip64_and_commented_wheels_are_accepted_too(String fixture) throws Exception {
        WheelContents contents = inspector.inspect(wheel(fixture), WHEEL_NAME);
        assertThat(new String(contents.metadata(), StandardCharsets.UTF_8)).startsWith("Metadata-Version: 2.4\n");
    }

    @Test
    void a_record_that_disagrees_with_the_files_is_reported_but_not_refused() throws Exception {
        WheelContents contents = inspector.inspect(wheel("record-mismatch.whl"), WHEEL_NAME);
        assertThat(contents.recordMismatch()).hasValueSatisfying(mismatch -> {
            assertThat(mismatch.missingFromRecord()).containsExactly("demo_pkg/unlisted.py");
            assertThat(mismatch.missingFromWheel()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "not-a-zip.whl                     | File is not a zipfile",
        "both-zip-and-tar.whl              | File is both a zip and a tar file",
        "bomb-declared.whl                 | File exceeds compression ratio of 50",
        "bzip2.whl                         | File does not use a supported compression type",
        "lzma.whl                          | File does not use a supported compression type",
        "missing-wheel.whl                 | WHEEL not found at demo_pkg-1.0.dist-info/WHEEL",
        "missing-record.whl                | Wheel 'demo_pkg-1.0-py3-none-any.whl' does not contain the required RECORD file: demo_pkg-1.0.dist-info/RECORD",
        "record-not-utf8.whl               | Wheel 'demo_pkg-1.0-py3-none-any.whl' does not contain the required RECORD file: demo_pkg-1.0.dist-info/RECORD",
        "record-field-too-large.whl        | Wheel 'demo_pkg-1.0-py3-none-any.whl' does not contain the required RECORD file: demo_pkg-1.0.dist-info/RECORD",
        "entry-points-bad-name.whl         | Wheel 'demo_pkg-1.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file",
        "entry-points-no-section.whl       | Wheel 'demo_pkg-1.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file",
        "entry-points-no-equals.whl        | Wheel 'demo_pkg-1.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file",
        "entry-points-not-utf8.whl         | Wheel 'demo_pkg-1.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file",
        "missing-metadata.whl              | Wheel 'demo_pkg-1.0-py3-none-any.whl' does not contain the required METADATA file: demo_pkg-1.0.dist-info/METADATA",
    })
    void each_wheel_rule_refuses_with_pypis_message(String fixture, String message) {
        assertThatThrownBy(() -> inspector.inspect(wheel(fixture), WHEEL_NAME))
                .isInstanceOf(InvalidDistributionException.class)
                .hasMessage(message);
    }

    @Test
    void structural_defects_come_wrapped_as_zip_archive_not_accepted() {
        assertThatThrownBy(() -> inspector.inspect(wheel("data-descriptor.whl"), WHEEL_NAME))
                .hasMessage(zipReason("ZIP contains a data descriptor"));
    }

    @Test
    void a_member_that_inflates_beyond_its_declared_size_is_stopped_at_that_size() {
        assertThatThrownBy(() -> inspector.inspect(wheel("metadata-inflates-beyond-declared.whl"), WHEEL_NAME))
                .hasMessage(zipReason("Malformed zip file"));
    }

    @Test
    void metadata_files_larger_than_the_limit_are_refused_before_inflating() {
        WheelInspector strict = new WheelInspector(ArchiveLimits.defaults().withMaxMetadataBytes(10));
        assertThatThrownBy(() -> strict.inspect(wheel("good.whl"), WHEEL_NAME))
                .hasMessage("File demo_pkg-1.0.dist-info/entry_points.txt in the archive is larger than the limit"
                        + " of 10 bytes");
    }

    @Test
    void a_license_file_must_exist_under_dist_info_licenses() {
        assertThatThrownBy(() -> inspector.inspect(wheel("good.whl"), WHEEL_NAME, List.of("LICENSE", "COPYING")))
                .hasMessage("License-File COPYING does not exist in distribution file demo_pkg-1.0-py3-none-any.whl"
                        + " at demo_pkg-1.0.dist-info/licenses/COPYING");
    }

    @Test
    void the_dist_info_directory_comes_from_the_raw_filename_without_normalising_it() {
        assertThatThrownBy(() -> inspector.inspect(wheel("good.whl"), "Demo_Pkg-1.0-py3-none-any.whl"))
                .hasMessage("WHEEL not found at Demo_Pkg-1.0.dist-info/WHEEL");
    }

    @Test
    void a_filename_without_name_and_version_parts_is_refused_after_the_zip_checks() {
        assertThatThrownBy(() -> inspector.inspect(wheel("good.whl"), "demo_pkg.whl"))
                .hasMessage("Unable to parse name and version from wheel filename");
        assertThatThrownBy(() -> inspector.inspect(wheel("not-a-zip.whl"), "demo_pkg.whl"))
                .hasMessage("File is not a zipfile");
    }

    @Test
    void check_archive_runs_only_the_archive_rules_of_upload_step_21() {
        assertThatCode(() -> inspector.checkArchive(wheel("missing-metadata.whl"), WHEEL_NAME))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> inspector.checkArchive(wheel("trailing-data.whl"), WHEEL_NAME))
                .hasMessage(zipReason("Trailing data"));
    }

    @Test
    void a_zip64_wheel_with_more_than_65535_entries_is_accepted() throws Exception {
        Path file = temp.resolve(WHEEL_NAME);
        StringBuilder record = new StringBuilder();
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 66_000; i++) {
            members.put("demo_pkg/m" + i + ".py", new byte[] {'x'});
        }
        members.put("demo_pkg-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        members.put("demo_pkg-1.0.dist-info/METADATA", "Name: demo-pkg\n".getBytes(StandardCharsets.UTF_8));
        members.keySet().forEach(name -> record.append(name).append(",,\n"));
        record.append("demo_pkg-1.0.dist-info/RECORD,,\n");
        members.put("demo_pkg-1.0.dist-info/RECORD", record.toString().getBytes(StandardCharsets.UTF_8));
        StoredZipWriter.write(file, members);

        WheelContents contents = inspector.inspect(file, WHEEL_NAME);

        assertThat(contents.metadata()).asString(StandardCharsets.UTF_8).isEqualTo("Name: demo-pkg\n");
        assertThat(contents.recordMismatch()).isEmpty();
    }

    @Test
    void a_non_wheel_filename_is_a_programming_error() {
        assertThatThrownBy(() -> inspector.inspect(wheel("good.whl"), "demo_pkg-1.0.tar.gz"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] memberBytes(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            return file.getInputStream(entry).readAllBytes();
        }
    }
}
