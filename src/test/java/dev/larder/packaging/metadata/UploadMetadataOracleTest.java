package dev.larder.packaging.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.packaging.OracleTsv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link UploadMetadataValidator} against metadata-results.tsv, which
 * src/test/python/generate_metadata_oracle.py computes with packaging 26.4's
 * {@code Metadata.from_raw} plus PyPI's extra rules (trove-classifiers, rfc3986,
 * email-validator).
 */
class UploadMetadataOracleTest {

    private final UploadMetadataValidator validator = new UploadMetadataValidator();

    @Test
    void everyOracleFormIsAcceptedOrRejectedWithPypisMessage() {
        Map<String, Map<String, List<String>>> forms = new LinkedHashMap<>();
        for (List<String> row : OracleTsv.rows("metadata-forms.tsv")) {
            Map<String, List<String>> form = forms.computeIfAbsent(row.get(0), id -> new LinkedHashMap<>());
            if (!row.get(1).isEmpty()) {
                form.computeIfAbsent(row.get(1), key -> new ArrayList<>()).add(row.get(2));
            }
        }
        List<String> mismatches = new ArrayList<>();
        List<List<String>> results = OracleTsv.rows("metadata-results.tsv");
        for (List<String> row : results) {
            Map<String, List<String>> form = forms.get(row.get(0));
            String expected;
            String actual;
            if (row.get(1).equals("ok")) {
                expected = "ok " + String.join("|", row.subList(4, 8));
            } else {
                expected = "error " + row.get(2);
            }
            try {
                UploadMetadata metadata = validator.validate(form);
                actual = "ok " + String.join("|", metadata.version().toString(),
                        metadata.licenseExpression() == null ? "" : metadata.licenseExpression(),
                        String.join(",", metadata.providesExtra()), String.join(",", metadata.dynamic()));
            } catch (MetadataValidationException e) {
                actual = "error " + e.getMessage();
            }
            String compare = row.get(3);
            if (compare.startsWith("prefix:") && actual.startsWith("error ")) {
                int length = "error ".length() + Integer.parseInt(compare.substring("prefix:".length()));
                expected = expected.substring(0, length);
                actual = actual.substring(0, Math.min(length, actual.length()));
            }
            if (!actual.equals(expected)) {
                mismatches.add(row.get(0) + " " + OracleTsv.visible(form.toString()) + "\n  expected "
                        + OracleTsv.visible(expected) + "\n  got      " + OracleTsv.visible(actual));
            }
        }
        assertThat(results).hasSizeGreaterThan(2000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOracleUrlIsJudgedLikePypi() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("metadata-urls.tsv")) {
            if (MetadataUrl.isValid(row.get(0)) != Boolean.parseBoolean(row.get(1))) {
                mismatches.add(OracleTsv.visible(row.get(0)) + " expected " + row.get(1));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOracleEmailAddressIsJudgedLikeEmailValidator() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("metadata-emails.tsv")) {
            List<String> addresses = EmailAddressList.addresses(row.get(0));
            boolean valid = !addresses.isEmpty() && addresses.stream().allMatch(a -> EmailAddressList.problem(a) == null);
            if (valid != Boolean.parseBoolean(row.get(1))) {
                mismatches.add(OracleTsv.visible(row.get(0)) + " expected " + row.get(1) + " got " + addresses);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
