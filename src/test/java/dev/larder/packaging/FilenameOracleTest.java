package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks {@link WheelFilename} and {@link SdistFilename} against packaging 26.4's answers. */
class FilenameOracleTest {

    @Test
    void everyOracleWheelFilenameParsesOrFailsWithPackagingsExactMessage() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("wheel-filenames.tsv")) {
            String expected = row.get(1).equals("ok")
                    ? "ok " + String.join("|", row.subList(2, 6))
                    : "error " + row.get(2);
            String actual;
            try {
                WheelFilename wheel = WheelFilename.parse(row.get(0));
                String build = wheel.buildTag() == null ? "" : wheel.buildTag().number() + "|" + wheel.buildTag().suffix();
                actual = "ok " + String.join("|", wheel.name(), wheel.version().toString(), build,
                        String.join(" ", new TreeSet<>(wheel.tags())));
            } catch (InvalidFilenameException e) {
                actual = "error " + e.getMessage();
            }
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(row.get(0)) + ": expected " + OracleTsv.visible(expected)
                        + " got " + OracleTsv.visible(actual));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOracleSdistFilenameParsesOrFailsWithPackagingsExactMessage() {
        List<String> mismatches = new ArrayList<>();
        for (List<String> row : OracleTsv.rows("sdist-filenames.tsv")) {
            String expected = row.get(1).equals("ok")
                    ? "ok " + row.get(2) + "|" + row.get(3)
                    : "error " + row.get(2);
            String actual;
            try {
                SdistFilename sdist = SdistFilename.parse(row.get(0));
                actual = "ok " + sdist.name() + "|" + sdist.version();
            } catch (InvalidFilenameException e) {
                actual = "error " + e.getMessage();
            }
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(row.get(0)) + ": expected " + OracleTsv.visible(expected)
                        + " got " + OracleTsv.visible(actual));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
