package dev.larder.packaging.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.larder.packaging.OracleTsv;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and oversized upload forms: validation must end in a result or a
 * {@link MetadataValidationException}, never another exception, and stay fast.
 */
class MetadataFuzzTest {

    private static final String[] KEYS = {
        "metadata_version", "name", "version", "summary", "description", "description_content_type", "keywords",
        "home_page", "download_url", "author", "author_email", "maintainer", "maintainer_email", "license",
        "license_expression", "license_file", "classifiers", "platform", "supported_platform", "requires_dist",
        "requires_python", "requires_external", "project_urls", "provides_extra", "provides_dist", "obsoletes_dist",
        "requires", "provides", "obsoletes", "dynamic", "import_name", "import_names", "import_namespace",
    };
    private static final String[] ODD = {"\u00e9", "\ud800", "\0", "\n", "\r\n", "\u2028", "(", ")", "\"", "'", "\\", ";",
        ",", "=", "*", "%", "%2", "[", "]", "@", "<", ">", ":", "//", "..", "+", " WITH ", " AND ", "9".repeat(50)};

    private final UploadMetadataValidator validator = new UploadMetadataValidator();

    private static List<String> seedValues() {
        List<String> values = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("metadata-forms.tsv")) {
            values.add(row.get(2));
        }
        for (List<String> row : OracleTsv.rows("license-expressions.tsv")) {
            values.add(row.get(0));
        }
        return values;
    }

    private static String mutate(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        for (int edits = random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(4)) {
                case 0:
                    out.insert(at, ODD[random.nextInt(ODD.length)]);
                    break;
                case 1:
                    if (out.length() > 0) {
                        out.deleteCharAt(Math.min(at, out.length() - 1));
                    }
                    break;
                case 2:
                    out.insert(at, (char) random.nextInt(0x3000));
                    break;
                default:
                    out.setLength(Math.min(at, out.length()));
                    break;
            }
        }
        return out.toString();
    }

    @Test
    void randomFormsAreAcceptedOrRejectedWithAValidationException() {
        List<String> seeds = seedValues();
        Random random = new Random(794);
        int accepted = 0;
        for (int i = 0; i < 6_000; i++) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            form.put("metadata_version", List.of(random.nextBoolean() ? "2.5" : seeds.get(random.nextInt(seeds.size()))));
            form.put("name", List.of("demo"));
            form.put("version", List.of("1.0"));
            for (int fields = random.nextInt(5); fields >= 0; fields--) {
                List<String> values = new ArrayList<>();
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    values.add(mutate(random, seeds.get(random.nextInt(seeds.size()))));
                }
                form.put(KEYS[random.nextInt(KEYS.length)], values);
            }
            try {
                validator.validate(form);
                accepted++;
            } catch (MetadataValidationException e) {
                assertThat(e.getMessage()).endsWith(" for more information.");
            }
        }
        assertThat(accepted).isPositive();
    }

    @Test
    void mutatedLicenseExpressionsCanonicaliseOrThrowTheirOwnException() {
        List<String> seeds = seedValues();
        Random random = new Random(639);
        for (int i = 0; i < 10_000; i++) {
            String text = mutate(random, seeds.get(random.nextInt(seeds.size())));
            try {
                String canonical = LicenseExpression.canonicalize(text);
                assertThat(LicenseExpression.canonicalize(canonical)).isEqualTo(canonical);
            } catch (InvalidLicenseExpressionException expected) {
                // rejected, as it may be
            }
        }
    }

    @Test
    void hundredThousandCharacterValuesAreHandledQuickly() {
        int n = 100_000;
        List<String> monsters = List.of("x".repeat(n), "(".repeat(n), "MIT AND ".repeat(n / 8) + "MIT",
                "text/plain;" + " a=b;".repeat(n / 6), "text/plain (" + "(".repeat(n), "https://x/" + "a".repeat(n),
                "https://[" + "1:".repeat(n / 2) + "]:99999/", "a@" + "b.".repeat(n / 2) + "com", "\"".repeat(n),
                "a/".repeat(n / 2), "a.".repeat(n / 2) + "b", "Label, " + "h".repeat(n), "\\".repeat(n), "%".repeat(n));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String monster : monsters) {
                for (String key : KEYS) {
                    Map<String, List<String>> form = new LinkedHashMap<>();
                    form.put("metadata_version", List.of("2.5"));
                    form.put("name", List.of("demo"));
                    form.put("version", List.of("1.0"));
                    form.put(key, List.of(monster));
                    try {
                        validator.validate(form);
                    } catch (MetadataValidationException expected) {
                        // fine
                    }
                }
            }
        });
    }
}
