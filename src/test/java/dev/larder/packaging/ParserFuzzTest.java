package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Feeds every parser thousands of seeded, mutated inputs (starting from the oracle strings)
 * and some 100,000-character monsters. Each parser must either succeed or throw its own
 * exception type, never anything else, and must stay fast: upload forms are hostile input,
 * and a backtracking regex or deep recursion would be a denial of service.
 */
class ParserFuzzTest {

    private static final int MUTANTS_PER_PARSER = 15_000;
    private static final String[] ODD_PIECES = {
        "\u00e9", "\u0130", "\u017f", "\u212a", "\u0661", "\ud83d\ude00", "\ud800", "\udc00", "\0", "\n", "\r",
        "\t", "\u2028", "\u00a0", "\u3000", "\ufeff", "\\", "'", "\"", "\\N{", "\\x", "\\u", "(", ")", "[", "]",
        ";", ",", "@", ".*", "+", "!", "==", "===", "~=", "<", ">", " and ", " or ", " not in ", "extra", "-", "_",
        ".", ".whl", ".tar.gz", "py3-none-any", "os_name", "'a'",
    };

    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (String file : new String[] {"versions.tsv", "specifiers.tsv", "requirements.tsv", "wheel-filenames.tsv",
                "sdist-filenames.tsv", "names.tsv"}) {
            for (List<String> row : OracleTsv.rows(file)) {
                seeds.add(row.get(0));
            }
        }
        return seeds;
    }

    private static String mutate(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
            switch (random.nextInt(8)) {
                case 0:
                    out.insert(at, (char) (0x20 + random.nextInt(0x5f)));
                    break;
                case 1:
                    if (out.length() > 0) {
                        out.deleteCharAt(Math.min(at, out.length() - 1));
                    }
                    break;
                case 2:
                    if (out.length() > 0) {
                        out.setCharAt(Math.min(at, out.length() - 1), (char) random.nextInt(0x3000));
                    }
                    break;
                case 3:
                    out.insert(at, ODD_PIECES[random.nextInt(ODD_PIECES.length)]);
                    break;
                case 4:
                    out.insert(at, "9".repeat(10 + random.nextInt(2000)));
                    break;
                case 5:
                    out.insert(at, SEEDS.get(random.nextInt(SEEDS.size())));
                    break;
                case 6:
                    if (out.length() > 1) {
                        int start = random.nextInt(out.length());
                        int end = Math.min(out.length(), start + 1 + random.nextInt(6));
                        out.insert(start, out.substring(start, end).repeat(1 + random.nextInt(20)));
                    }
                    break;
                default:
                    out.setLength(Math.min(at, out.length()));
                    break;
            }
        }
        return out.toString();
    }

    private static void fuzz(long seed, Class<? extends RuntimeException> expected, Consumer<String> parser) {
        Random random = new Random(seed);
        int failures = 0;
        for (int i = 0; i < MUTANTS_PER_PARSER; i++) {
            String input = mutate(random, SEEDS.get(random.nextInt(SEEDS.size())));
            try {
                parser.accept(input);
            } catch (RuntimeException e) {
                if (!expected.isInstance(e)) {
                    throw new AssertionError("input " + PythonRepr.of(input) + " raised " + e, e);
                }
                failures++;
            }
        }
        // Sanity: the mutants exercise both outcomes.
        assertThat(failures).isBetween(1, MUTANTS_PER_PARSER - 1);
    }

    @Test
    void mutatedVersionsParseOrThrowInvalidVersionAndRoundTripWhenValid() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fuzz(1, InvalidVersionException.class, text -> {
            Version version = Version.parse(text);
            Version reparsed = Version.parse(version.toString());
            assertThat(reparsed).isEqualTo(version).hasToString(version.toString());
            assertThat(Version.parse(version.canonical())).isEqualByComparingTo(version);
        }));
    }

    @Test
    void mutatedSpecifierSetsParseOrThrowInvalidSpecifierAndRoundTripWhenValid() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fuzz(2, InvalidSpecifierException.class, text -> {
            SpecifierSet set = SpecifierSet.parse(text);
            assertThat(SpecifierSet.parse(set.toString())).isEqualTo(set).hasToString(set.toString());
            set.contains(Version.parse("1.0"), false);
        }));
    }

    @Test
    void mutatedRequirementsParseOrThrowInvalidRequirement() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fuzz(3, InvalidRequirementException.class, text -> {
            Requirement requirement = Requirement.parse(text);
            assertThat(requirement.toString()).startsWith(requirement.name());
        }));
    }

    @Test
    void mutatedWheelFilenamesParseOrThrowInvalidFilename() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fuzz(4, InvalidFilenameException.class, text -> {
            WheelFilename wheel = WheelFilename.parse(text.endsWith(".whl") ? text : text + "-py3-none-any.whl");
            wheel.platformTags().forEach(PlatformTags::isAllowedOnUpload);
        }));
    }

    @Test
    void mutatedSdistFilenamesParseOrThrowInvalidFilename() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fuzz(5, InvalidFilenameException.class,
                text -> SdistFilename.parse(text.endsWith(".tar.gz") || text.endsWith(".zip") ? text : text + ".tar.gz")));
    }

    @Test
    void mutatedProjectNamesAreAcceptedOrThrowInvalidProjectName() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fuzz(6, InvalidProjectNameException.class, ProjectName::of));
    }

    @Test
    void mutatedPlatformTagsAreJudgedWithoutThrowing() {
        Random random = new Random(7);
        for (int i = 0; i < MUTANTS_PER_PARSER; i++) {
            String tag = mutate(random, "macosx_11_0_arm64");
            assertThatCode(() -> PlatformTags.isAllowedOnUpload(tag)).doesNotThrowAnyException();
        }
    }

    @Test
    void hundredThousandCharacterInputsAreHandledQuickly() {
        int n = 100_000;
        List<String> monsters = List.of(
                "9".repeat(n), "1." .repeat(n / 2) + "1", "1.0" + "a".repeat(n), "v".repeat(n), " ".repeat(n) + "1.0",
                "1.0+" + "a.".repeat(n / 2) + "a", "1.0+" + "a-".repeat(n / 2), "1!".repeat(n / 2),
                ">=1.0," .repeat(n / 6), "==" + "1.".repeat(n / 2) + "*", "===" + "x".repeat(n), "~=" + "0.".repeat(n / 2),
                "foo" + "-".repeat(n), "a" + ".-_".repeat(n / 3) + "b", "foo[" + "a,".repeat(n / 2) + "]",
                "foo; " + "(".repeat(n), "foo; " + "os_name == 'a' and ".repeat(n / 20) + "os_name == 'b'",
                "foo; os_name == '" + "\\x41".repeat(n / 4) + "'", "foo; os_name == '" + "\\N{".repeat(n / 3) + "}'",
                "foo @ " + "x".repeat(n), "foo" + " ".repeat(n) + ";", "foo>=1.0" + " ".repeat(n) + "x",
                "foo" + "-1.0".repeat(n / 4) + ".whl", "f-1-" + "9".repeat(n) + "-py3-none-any.whl",
                "f-1-py3-none-" + "x.".repeat(n / 2) + "y.whl", "f-" + "1".repeat(n) + ".tar.gz",
                "macosx_" + "1".repeat(n) + "_0_arm64", "ios_1_0_" + "_iphoneos".repeat(n / 9),
                "\u00e9".repeat(n), "\ud800".repeat(n), "(".repeat(n), "'".repeat(n), "[".repeat(n));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String monster : monsters) {
                assertThat(monster.length()).isGreaterThan(n / 2);
                swallow(InvalidVersionException.class, () -> Version.parse(monster));
                swallow(InvalidSpecifierException.class, () -> SpecifierSet.parse(monster));
                swallow(InvalidRequirementException.class, () -> Requirement.parse(monster));
                swallow(InvalidFilenameException.class, () -> WheelFilename.parse(monster));
                swallow(InvalidFilenameException.class, () -> SdistFilename.parse(monster));
                swallow(InvalidProjectNameException.class, () -> ProjectName.of(monster));
                PlatformTags.isAllowedOnUpload(monster);
            }
        });
    }

    @Test
    void hugeButValidInputsParseCorrectly() {
        String release = "1." .repeat(50_000) + "2";
        assertThat(Version.parse(release).release()).hasSize(50_001);
        assertThat(Version.parse("9".repeat(100_000))).isGreaterThan(Version.parse("9".repeat(99_999)));
        assertThat(SpecifierSet.parse(">=1.0,".repeat(10_000)).specifiers()).hasSize(10_000);
        assertThat(Requirement.parse("foo; " + "os_name == 'a' or ".repeat(5_000) + "os_name == 'b'").marker())
                .endsWith("os_name == \"b\"");
    }

    private static void swallow(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!expected.isInstance(e)) {
                throw new AssertionError("unexpected " + e, e);
            }
        }
    }
}
