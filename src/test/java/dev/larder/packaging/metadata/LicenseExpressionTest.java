package dev.larder.packaging.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.larder.packaging.OracleTsv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseExpressionTest {

    @Test
    void everyOracleExpressionIsCanonicalisedOrRejectedLikePackaging() {
        List<String> mismatches = new ArrayList<>();
        List<List<String>> rows = OracleTsv.rows("license-expressions.tsv");
        for (List<String> row : rows) {
            String expected = row.get(1) + " " + row.get(2);
            String actual;
            try {
                actual = "ok " + LicenseExpression.canonicalize(row.get(0));
            } catch (InvalidLicenseExpressionException e) {
                actual = "error " + e.getMessage();
            }
            if (!actual.equals(expected)) {
                mismatches.add(OracleTsv.visible(row.get(0)) + ": expected " + OracleTsv.visible(expected)
                        + " got " + OracleTsv.visible(actual));
            }
        }
        assertThat(rows).hasSizeGreaterThan(1500);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void idsOperatorsAndReferencesAreSpelledCanonically() {
        assertThat(LicenseExpression.canonicalize("mit")).isEqualTo("MIT");
        assertThat(LicenseExpression.canonicalize("mit and (apache-2.0 or bsd-2-clause)"))
                .isEqualTo("MIT AND (Apache-2.0 OR BSD-2-Clause)");
        assertThat(LicenseExpression.canonicalize("gpl-2.0-or-later with classpath-exception-2.0"))
                .isEqualTo("GPL-2.0-or-later WITH Classpath-exception-2.0");
        assertThat(LicenseExpression.canonicalize("LicenseRef-Mine OR licenseref-MINE")).isEqualTo("LicenseRef-Mine OR LicenseRef-Mine");
        assertThat(LicenseExpression.canonicalize("gpl-2.0+")).isEqualTo("GPL-2.0+");
    }

    @Test
    void malformedExpressionsAndUnknownIdsGetPackagingsMessages() {
        assertThatThrownBy(() -> LicenseExpression.canonicalize("(mit"))
                .isInstanceOf(InvalidLicenseExpressionException.class)
                .hasMessage("Invalid license expression: '(mit'");
        assertThatThrownBy(() -> LicenseExpression.canonicalize("Use-it-after-midnight"))
                .hasMessage("Unknown license: 'use-it-after-midnight'");
        assertThatThrownBy(() -> LicenseExpression.canonicalize("MIT WITH nothing"))
                .hasMessage("Unknown license exception: 'nothing'");
        assertThatThrownBy(() -> LicenseExpression.canonicalize("LicenseRef-a+"))
                .hasMessage("Invalid licenseref: 'licenseref-a+'");
    }

    @Test
    void withMustJoinALicenseToAnException() {
        assertThatThrownBy(() -> LicenseExpression.canonicalize("(MIT) WITH Classpath-exception-2.0"))
                .isInstanceOf(InvalidLicenseExpressionException.class);
        assertThatThrownBy(() -> LicenseExpression.canonicalize("MIT WITH"))
                .isInstanceOf(InvalidLicenseExpressionException.class);
    }

    @Test
    void nestingIsCappedAt200Levels() {
        assertThat(LicenseExpression.canonicalize("(".repeat(200) + "MIT" + ")".repeat(200))).startsWith("((").contains("MIT");
        assertThatThrownBy(() -> LicenseExpression.canonicalize("(".repeat(201) + "MIT" + ")".repeat(201)))
                .isInstanceOf(InvalidLicenseExpressionException.class);
    }
}
