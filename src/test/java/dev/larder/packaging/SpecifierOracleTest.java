package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks {@link SpecifierSet} against packaging 26.4's answers. */
class SpecifierOracleTest {

    @Test
    void everyOracleSpecifierSetParsesOrFailsAndPrintsLikePackaging() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("specifiers.tsv")) {
            String input = row.get(0);
            String actual;
            try {
                actual = "true " + SpecifierSet.parse(input);
            } catch (InvalidSpecifierException e) {
                actual = "false " + e.getMessage();
            }
            String expected = row.get(1) + " " + row.get(2);
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(input) + ": expected " + expected + " got " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOracleMembershipQuestionIsAnsweredLikePackaging() {
        List<String> mismatches = new ArrayList<>();
        List<List<String>> rows = OracleTsv.rows("specifier-contains.tsv");
        for (List<String> row : rows) {
            SpecifierSet set = SpecifierSet.parse(row.get(0));
            Version version = Version.parse(row.get(1));
            boolean prereleases = Boolean.parseBoolean(row.get(2));
            boolean expected = Boolean.parseBoolean(row.get(3));
            if (set.contains(version, prereleases) != expected) {
                mismatches.add(OracleTsv.visible(row.get(0)) + " contains " + row.get(1)
                        + " (prereleases=" + prereleases + "): expected " + expected);
            }
        }
        assertThat(rows).hasSizeGreaterThan(10_000);
        assertThat(mismatches).isEmpty();
    }
}
