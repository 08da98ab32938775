package dev.larder.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {
    private static final String B = "----larderboundary";

    private static byte[] body(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            s.append("--").append(B).append("\r\n").append(p).append("\r\n");
        }
        s.append("--").append(B).append("--\r\n");
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Part(PartHeaders headers, byte[] body) {}

    private static List<Part> readAll(InputStream in) throws IOException {
        MultipartReader r = new MultipartReader(in, B);
        List<Part> out = new ArrayList<>();
        var next = r.nextPart();
        while (next.isPresent()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            r.readBody(bytes::write);
            out.add(new Part(next.get(), bytes.toByteArray()));
            next = r.nextPart();
        }
        return out;
    }

    /** Hands out at most one byte per read, the worst case for boundary detection across reads. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void textFieldsKeepTheirOrderAndRepeats() throws IOException {
        List<Part> parts = readAll(new ByteArrayInputStream(body(
                "Content-Disposition: form-data; name=\"classifiers\"\r\n\r\nA",
                "Content-Disposition: form-data; name=\"name\"\r\n\r\ndemo",
                "Content-Disposition: form-data; name=\"classifiers\"\r\n\r\nB")));
        assertThat(parts).extracting(p -> p.headers().name()).containsExactly("classifiers", "name", "classifiers");
        assertThat(parts).extracting(p -> new String(p.body(), StandardCharsets.UTF_8)).containsExactly("A", "demo", "B");
    }

    @Test
    void aFilePartWithoutContentTypeIsAFileAndFieldsMayFollowIt() throws IOException {
        List<Part> parts = readAll(new ByteArrayInputStream(body(
                "Content-Disposition: form-data; name=\"content\"; filename=\"demo-1.0.tar.gz\"\r\n\r\nBYTES",
                "Content-Disposition: form-data; name=\"attestations\"\r\n\r\n[]")));
        assertThat(parts.get(0).headers().isFile()).isTrue();
        assertThat(parts.get(0).headers().filename()).contains("demo-1.0.tar.gz");
        assertThat(parts.get(0).headers().contentType()).isEmpty();
        assertThat(parts.get(1).headers().name()).isEqualTo("attestations");
    }

    @Test
    void binaryContentThatNearlyMatchesTheBoundarySurvivesIntactEvenOneByteAtATime() throws IOException {
        byte[] tricky = ("x\r\n--" + B.substring(0, B.length() - 1) + "Z\r\n-\r\n--\r").getBytes(StandardCharsets.ISO_8859_1);
        byte[] random = new byte[700_000];
        new Random(7).nextBytes(random);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(tricky);
        content.writeBytes(random);
        content.writeBytes(tricky);
        byte[] expected = content.toByteArray();
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"f.whl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        req.writeBytes(expected);
        req.writeBytes(("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(readAll(new ByteArrayInputStream(req.toByteArray())).get(0).body()).isEqualTo(expected);
        assertThat(readAll(trickle(req.toByteArray())).get(0).body()).isEqualTo(expected);
    }

    @Test
    void aBodyThatEndsBeforeTheClosingBoundaryIsMalformed() {
        byte[] full = body("Content-Disposition: form-data; name=\"name\"\r\n\r\ndemo");
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 10);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cut))).isInstanceOf(MalformedMultipartException.class);
    }

    @Test
    void aPartWithoutAFieldNameIsMalformed() {
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(body("Content-Disposition: form-data\r\n\r\nx"))))
                .isInstanceOf(MalformedMultipartException.class);
    }

    @Test
    void theBoundaryIsTakenFromTheContentTypeQuotedOrNot() {
        assertThat(MultipartReader.boundaryOf("multipart/form-data; boundary=abc")).contains("abc");
        assertThat(MultipartReader.boundaryOf("Multipart/Form-Data; charset=utf-8; boundary=\"a b\"")).contains("a b");
        assertThat(MultipartReader.boundaryOf("application/json")).isEmpty();
        assertThat(MultipartReader.boundaryOf(null)).isEmpty();
    }

    @Test
    void anRfc5987FilenameIsDecoded() throws IOException {
        List<Part> parts = readAll(new ByteArrayInputStream(body(
                "Content-Disposition: form-data; name=\"content\"; filename*=utf-8''d%C3%A9mo-1.0.tar.gz\r\n\r\nx")));
        assertThat(parts.get(0).headers().filename()).contains("démo-1.0.tar.gz");
    }

    @Test
    void randomGarbageOnlyEverFailsAsMalformed() {
        Random random = new Random(42);
        byte[] good = body("Content-Disposition: form-data; name=\"name\"\r\n\r\ndemo",
                "Content-Disposition: form-data; name=\"content\"; filename=\"a.whl\"\r\n\r\nxyz");
        for (int i = 0; i < 5_000; i++) {
            byte[] mutated = good.clone();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            int cut = random.nextInt(10) == 0 ? random.nextInt(mutated.length) : mutated.length;
            byte[] input = java.util.Arrays.copyOf(mutated, cut);
            try {
                readAll(new ByteArrayInputStream(input));
            } catch (MalformedMultipartException | IOException expected) {
                // the only acceptable failure
            }
        }
    }
}
