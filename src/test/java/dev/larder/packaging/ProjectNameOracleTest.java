package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks {@link ProjectName} against packaging 26.4's {@code canonicalize_name}. */
class ProjectNameOracleTest {

    @Test
    void everyOracleNameIsValidatedAndNormalizedLikeCanonicalizeName() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("names.tsv")) {
            String input = row.get(0);
            String actual = ProjectName.isValid(input) + " " + ProjectName.normalize(input);
            String expected = row.get(1) + " " + row.get(2);
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(input) + ": expected " + OracleTsv.visible(expected)
                        + " got " + OracleTsv.visible(actual));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
