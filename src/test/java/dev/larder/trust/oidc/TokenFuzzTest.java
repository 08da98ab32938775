package dev.larder.trust.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends, the verifier answers with a verdict: a {@link TokenRejected}, never
 * another exception. Seeds are fixed so a failure can be replayed.
 */
class TokenFuzzTest {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \"{}[]:,\\\u00e9\u0000\ud83d";

    VerifierFixture f;
    Random random;
    int accepted;
    int rejected;

    @BeforeEach
    void start() throws IOException {
        f = new VerifierFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    void verdict(String input) {
        try {
            f.verifier.verify(input);
            accepted++;
        } catch (TokenRejected e) {
            assertThat(e.code()).isIn("invalid-payload", "invalid-token");
            assertThat(e.description()).isNotBlank().doesNotContain("\n");
            rejected++;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("verify threw " + e + " for input: " + input, e);
        }
    }

    @Test
    void randomTextIsAlwaysRejectedAsATokenNeverWithAnotherException() {
        random = new Random(20261125L);
        for (int i = 0; i < 3000; i++) {
            int length = random.nextInt(i % 10 == 0 ? 2000 : 120);
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < length; c++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            verdict(text.toString());
        }
        assertThat(accepted).isZero();
    }

    @Test
    void mutationsOfAValidTokenNeverEscapeAsAnotherException() {
        random = new Random(7L);
        List<String> seeds = List.of(TestTokens.signed(VerifierFixture.RSA, f.claims()), TestTokens.signed(VerifierFixture.EC, f.claims()));
        for (int i = 0; i < 4000; i++) {
            String seed = seeds.get(i % 2);
            verdict(mutate(seed, 1 + random.nextInt(4)));
        }
        assertThat(rejected).isGreaterThan(3500);
    }

    @Test
    void validlySignedTokensWithClaimsOfRandomShapesGetAVerdict() {
        random = new Random(99L);
        List<String> names = List.of("iss", "aud", "exp", "iat", "nbf", "sub", "jti", "environment");
        for (int i = 0; i < 1500; i++) {
            Map<String, Object> claims = new LinkedHashMap<>(f.claims());
            for (int n = 0; n < 1 + random.nextInt(3); n++) {
                claims.put(names.get(random.nextInt(names.size())), randomJson(3));
            }
            Map<String, Object> header = TestTokens.header("RS256", "rsa-1");
            if (random.nextInt(4) == 0) {
                header.put(random.nextBoolean() ? "kid" : "alg", randomJson(2));
            }
            verdict(TestTokens.signed(VerifierFixture.RSA, header, claims));
        }
        assertThat(accepted).isPositive();
        assertThat(rejected).isPositive();
    }

    private String mutate(String token, int times) {
        String s = token;
        for (int t = 0; t < times && !s.isEmpty(); t++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(7)) {
                case 0 -> s = s.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + s.substring(at + 1);
                case 1 -> s = s.substring(0, at) + s.substring(at + 1);
                case 2 -> s = s.substring(0, at) + "." + s.substring(at);
                case 3 -> s = s.substring(0, at);
                case 4 -> {
                    String[] parts = s.split("\\.", -1);
                    int p = random.nextInt(parts.length);
                    parts[p] = TestTokens.encodeText(randomJsonText());
                    s = String.join(".", parts);
                }
                case 5 -> s = s + s.substring(at);
                default -> {
                    String[] parts = s.split("\\.", -1);
                    if (parts.length > 1) {
                        String swap = parts[0];
                        parts[0] = parts[1];
                        parts[1] = swap;
                    }
                    s = String.join(".", parts);
                }
            }
        }
        return s;
    }

    private String randomJsonText() {
        return switch (random.nextInt(5)) {
            case 0 -> "{\"iss\": " + randomJsonLiteral() + "}";
            case 1 -> "{\"alg\": \"RS256\", \"kid\": " + randomJsonLiteral() + "}";
            case 2 -> "[".repeat(random.nextInt(3000)) + "]";
            case 3 -> new String(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'}, StandardCharsets.ISO_8859_1);
            default -> "{\"iss\": \"" + f.issuer.url() + "\", \"exp\": 1e999, \"aud\": {}}";
        };
    }

    private String randomJsonLiteral() {
        List<String> literals = List.of("null", "true", "1", "-1", "1.5e308", "-9223372036854775809", "\"\"", "[]", "{}",
                "\"" + f.issuer.url() + "\"", "99999999999999999999999999999");
        return literals.get(random.nextInt(literals.size()));
    }

    private Object randomJson(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(600) - 300);
            case 4 -> f.clock.epochSecond() + random.nextInt(200) - 100;
            case 5 -> random.nextBoolean() ? VerifierFixture.AUDIENCE : f.issuer.url();
            case 6 -> "s" + random.nextInt();
            case 7 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    list.add(randomJson(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("k" + random.nextInt(5), randomJson(depth - 1));
                yield map;
            }
        };
    }

    @Test
    void anOversizedTokenIsRejectedWithoutDecoding() {
        String huge = "a".repeat(UnverifiedToken.MAX_LENGTH + 1);
        try {
            f.verifier.verify(huge);
            fail("accepted");
        } catch (TokenRejected e) {
            assertThat(e.description()).isEqualTo("malformed JWT");
        }
    }
}
