package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks {@link Requirement} against packaging 26.4's answers in requirements.tsv. */
class RequirementOracleTest {

    @Test
    void everyOracleRequirementParsesOrFailsWithPackagingsExactMessage() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("requirements.tsv")) {
            String input = row.get(0);
            String expected;
            if (row.get(1).equals("true")) {
                expected = "ok " + String.join("|", row.subList(2, 8));
            } else if (row.get(1).equals("unprintable")) {
                expected = "error Cannot serialize marker value containing both quote characters";
            } else {
                expected = "error " + row.get(2);
            }
            String actual;
            try {
                Requirement requirement = Requirement.parse(input);
                actual = "ok " + String.join("|", requirement.toString(), requirement.name(),
                        String.join(",", requirement.extras()), requirement.specifier().toString(),
                        requirement.url() == null ? "" : requirement.url(),
                        requirement.marker() == null ? "" : requirement.marker());
            } catch (InvalidRequirementException e) {
                actual = "error " + e.getMessage();
            }
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(input) + "\n  expected " + OracleTsv.visible(expected)
                        + "\n  got      " + OracleTsv.visible(actual));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
