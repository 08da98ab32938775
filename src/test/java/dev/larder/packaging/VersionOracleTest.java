package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks {@link Version} against packaging 26.4's answers in versions.tsv. */
class VersionOracleTest {

    private static final List<List<String>> ROWS = OracleTsv.rows("versions.tsv");

    @Test
    void everyOracleVersionIsAcceptedOrRejectedExactlyAsPackagingDoes() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : ROWS) {
            String input = row.get(0);
            boolean valid = row.get(1).equals("true");
            try {
                Version version = Version.parse(input);
                if (!valid) {
                    mismatches.add("accepted " + OracleTsv.visible(input) + " as " + version);
                }
            } catch (InvalidVersionException e) {
                if (valid) {
                    mismatches.add("rejected " + OracleTsv.visible(input));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyValidOracleVersionPrintsAndCanonicalisesLikePackaging() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : ROWS) {
            if (!row.get(1).equals("true")) {
                continue;
            }
            Version version = Version.parse(row.get(0));
            String actual = String.join("|", version.toString(), version.canonical(),
                    String.valueOf(version.isPrerelease()), String.valueOf(version.isDevrelease()),
                    String.valueOf(version.isPostrelease()), version.local() == null ? "" : version.local(),
                    version.publicVersion());
            String expected = String.join("|", row.get(2), row.get(3), row.get(5), row.get(6), row.get(7),
                    row.get(8), row.get(9));
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(row.get(0)) + ": expected " + expected + " got " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void sortingTheOracleVersionsReproducesPackagingsOrderAndEquality() {
        List<Ranked> ranked = new ArrayList<>();
        for (List<String> row : ROWS) {
            if (row.get(1).equals("true")) {
                ranked.add(new Ranked(Version.parse(row.get(0)), Integer.parseInt(row.get(4)), row.get(0)));
            }
        }
        ranked.sort(Comparator.comparing(Ranked::version));
        for (int i = 1; i < ranked.size(); i++) {
            Ranked previous = ranked.get(i - 1);
            Ranked current = ranked.get(i);
            assertThat(current.rank())
                    .as("%s sorts after %s", current.input(), previous.input())
                    .isGreaterThanOrEqualTo(previous.rank());
            boolean equal = current.version().equals(previous.version());
            assertThat(equal).as("%s equals %s", current.input(), previous.input())
                    .isEqualTo(current.rank() == previous.rank());
            if (equal) {
                assertThat(current.version().hashCode()).isEqualTo(previous.version().hashCode());
                assertThat(current.version().canonical().replaceAll("\\+.*", ""))
                        .isEqualTo(previous.version().canonical().replaceAll("\\+.*", ""));
            }
        }
    }

    @Test
    void anInvalidVersionsMessageQuotesTheInputLikePackaging() {
        assertThatThrownBy(() -> Version.parse("french toast"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessage("Invalid version: 'french toast'");
        assertThatThrownBy(() -> Version.parse("it's"))
                .hasMessage("Invalid version: \"it's\"");
    }

    private record Ranked(Version version, int rank, String input) {
    }
}
