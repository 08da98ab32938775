package dev.larder.packaging.archive;

import static dev.larder.packaging.archive.ArchiveFixtures.wheel;
import static dev.larder.packaging.archive.ArchiveFixtures.zipReason;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipStructureCheckTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"good.whl", "good-stored.whl", "good-zip64.whl", "good-archive-comment.whl",
            "record-mismatch.whl"})
    void well_formed_zips_written_by_python_pass(String fixture) {
        assertThatCode(() -> ZipStructureCheck.check(wheel(fixture))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "data-descriptor.whl              | ZIP contains a data descriptor",
        "comment-in-central-directory.whl | Comment in central directory",
        "duplicate-local.whl              | Duplicate filename in local headers",
        "duplicate-central.whl            | Duplicate filename in central directory",
        "missing-local.whl                | Missing filename in local headers",
        "not-in-central.whl               | Filename not in central directory",
        "mismatched-data-size.whl         | Mis-matched data size",
        "mismatched-file-size.whl         | Mis-matched file size",
        "invalid-character.whl            | Invalid character in filename",
        "unicode-extra-not-utf8.whl       | Filename not valid UTF-8",
        "filename-not-unicode.whl         | Filename not unicode",
        "duplicate-extra.whl              | Invalid duplicate extra in local file",
        "zip64-extensible-data.whl        | ZIP64 extensible data not allowed",
        "mismatched-records.whl           | Mismatched central directory records",
        "mismatched-offset.whl            | Mismatched central directory offset",
        "unknown-signature.whl            | Unknown record signature",
        "trailing-data.whl                | Trailing data",
        "negative-offset.whl              | Negative offset",
        "malformed.whl                    | Malformed zip file",
        "parent-reference.whl             | Parent directory reference in filename",
        "absolute-path.whl                | Absolute path in filename",
        "backslash.whl                    | Backslash in filename",
        "symlink.whl                      | Symbolic link in archive",
        "encrypted.whl                    | Encrypted entry in archive",
        "unicode-extra-renames.whl        | Unicode path extra field differs from filename",
    })
    void each_structural_defect_is_reported_with_its_reason(String fixture, String reason) {
        assertThatThrownBy(() -> ZipStructureCheck.check(wheel(fixture)))
                .isInstanceOf(InvalidDistributionException.class)
                .hasMessage(zipReason(reason));
    }

    @Test
    void a_file_without_an_end_record_is_not_a_zip_file() {
        assertThatThrownBy(() -> ZipStructureCheck.check(wheel("not-a-zip.whl")))
                .hasMessage(zipReason("File is not a zip file"));
    }

    @Test
    void a_zip_written_by_javas_zip_output_stream_is_refused_for_its_data_descriptor() throws IOException {
        Path zip = temp.resolve("java.whl");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("demo_pkg/__init__.py"));
            out.write("x = 1\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> ZipStructureCheck.check(zip))
                .hasMessage(zipReason("ZIP contains a data descriptor"));
    }

    @Test
    void the_entry_limit_bounds_the_central_directory() throws IOException {
        Path zip = temp.resolve("many.whl");
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 1_000; i++) {
            members.put("demo_pkg/m" + i + ".py", new byte[] {'x'});
        }
        StoredZipWriter.write(zip, members);
        assertThatThrownBy(() -> ZipStructureCheck.check(zip, ArchiveLimits.defaults().withMaxEntries(999)))
                .hasMessage("Archive contains more than 999 entries");
    }

    @Test
    void an_empty_file_is_not_a_zip_file() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.whl"));
        assertThatThrownBy(() -> ZipStructureCheck.check(empty)).hasMessage(zipReason("File is not a zip file"));
    }
}
