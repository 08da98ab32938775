package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Our TOTP against the SHA-1 test vectors of RFC 6238, appendix B. */
class TotpTest {
    private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static String at(long epochSecond) {
        return Totp.code(KEY, Totp.step(epochSecond), 8);
    }

    @Test
    void theCodeAtSecond59IsTheRfcValue() {
        assertThat(at(59)).isEqualTo("94287082");
    }

    @Test
    void theCodeAtSecond1111111109KeepsItsLeadingZero() {
        assertThat(at(1111111109)).isEqualTo("07081804");
    }

    @Test
    void theCodeAtSecond20000000000IsTheRfcValue() {
        assertThat(at(20000000000L)).isEqualTo("65353130");
    }

    @Test
    void theOtherRfcVectorsMatchToo() {
        assertThat(at(1111111111)).isEqualTo("14050471");
        assertThat(at(1234567890)).isEqualTo("89005924");
        assertThat(at(2000000000)).isEqualTo("69279037");
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheEightDigitOnes() {
        assertThat(Totp.code(KEY, Totp.step(59), 6)).isEqualTo("287082");
    }

    @Test
    void aStepIsThirtySeconds() {
        assertThat(Totp.step(29)).isZero();
        assertThat(Totp.step(30)).isEqualTo(1);
        assertThat(Totp.step(59)).isEqualTo(1);
    }
}
