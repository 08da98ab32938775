package dev.larder.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.MultipartBody;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The legacy upload API over real HTTP, with PyPI's answers. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class UploadApiTest {
    /** The database this run uses; the class-level setup receives it too. */
    @Parameter
    Backend backend;

    @TempDir
    static Path data;

    static TestServer server;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(data.resolve(backend.name()), backend.settings(Map.of("max-file-size", "200KiB")));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static RawHttp.Response upload(String token, MultipartBody form) {
        return Uploads.post(server, Uploads.tokenAuth(token), form.build());
    }

    private static RawHttp.Response simple(String project) {
        return RawHttp.send(server.port(), "GET", "/simple/" + project + "/", Map.of("Accept", "application/vnd.pypi.simple.v1+json"), null);
    }

    private static MultipartBody wheel(String project, String version, String marker) {
        String dist = project.replace('-', '_');
        byte[] bytes = TestDistributions.wheel(dist, project, version, marker);
        return Uploads.wheelForm(project, version, dist + "-" + version + "-py3-none-any.whl", bytes);
    }

    @Test
    void aWheelUploadedWithATokenIsListedOnTheSimplePageWithItsHash() {
        String dist = "first_pkg";
        byte[] bytes = TestDistributions.wheel(dist, "first-pkg", "1.0", "a");
        RawHttp.Response r = upload(server.tokenFor("alice"), Uploads.wheelForm("first-pkg", "1.0", dist + "-1.0-py3-none-any.whl", bytes));
        assertThat(r.status()).isEqualTo(200);
        RawHttp.Response page = simple("first-pkg");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("\"filename\":\"first_pkg-1.0-py3-none-any.whl\"")
                .contains(TestDistributions.sha256(bytes));
    }

    @Test
    void anUploadWithoutCredentialsIsForbiddenWithPypisMessageInTheReasonPhrase() {
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/legacy/",
                Map.of("Content-Type", MultipartBody.contentType()), wheel("anon-pkg", "1.0", "x").build());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.reason()).isEqualTo("Invalid or non-existent authentication information.");
        assertThat(r.text()).contains("Invalid or non-existent authentication information.");
    }

    @Test
    void aPasswordLoginIsRefusedBecauseOnlyTokensMayUpload() {
        Map<String, String> h = new HashMap<>(Uploads.tokenAuth("x"));
        h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:secret".getBytes(StandardCharsets.UTF_8)));
        RawHttp.Response r = Uploads.post(server, h, wheel("pw-pkg", "1.0", "x").build());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.reason()).startsWith("Username/Password authentication is no longer supported.");
    }

    @Test
    void aForgedTokenIsNoIdentityAtAll() {
        String token = server.tokenFor("alice");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(upload(forged, wheel("forged-pkg", "1.0", "x")).status()).isEqualTo(403);
        assertThat(upload("pypi-not-a-macaroon", wheel("forged-pkg", "1.0", "x")).status()).isEqualTo(403);
    }

    @Test
    void aProjectScopedTokenCannotUploadToAnotherProject() {
        RawHttp.Response r = upload(server.tokenFor("alice", "only-this"), wheel("scoped-elsewhere", "1.0", "x"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.reason()).isEqualTo("Invalid API Token: project-scoped token is not valid for project: 'scoped-elsewhere'");
        assertThat(simple("scoped-elsewhere").status()).isEqualTo(404);
    }

    @Test
    void aProjectScopedTokenMayCreateTheProjectItNames() {
        assertThat(upload(server.tokenFor("alice", "Scoped_New"), wheel("scoped-new", "1.0", "x")).status()).isEqualTo(200);
    }

    @Test
    void anotherUsersProjectRefusesTheUpload() {
        assertThat(upload(server.tokenFor("alice"), wheel("alices-pkg", "1.0", "x")).status()).isEqualTo(200);
        RawHttp.Response r = upload(server.tokenFor("mallory"), wheel("alices-pkg", "1.1", "y"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.reason()).isEqualTo("The user 'mallory' isn't allowed to upload to project 'alices-pkg'.");
    }

    @Test
    void reuploadingIdenticalBytesSucceedsAndChangesNothing() {
        MultipartBody form = wheel("idem-pkg", "1.0", "same");
        assertThat(upload(server.tokenFor("alice"), form).status()).isEqualTo(200);
        String serial = simple("idem-pkg").header("X-PyPI-Last-Serial");
        assertThat(upload(server.tokenFor("alice"), form).status()).isEqualTo(200);
        assertThat(simple("idem-pkg").header("X-PyPI-Last-Serial")).isEqualTo(serial);
    }

    @Test
    void otherBytesUnderAnExistingFilenameAreRefusedAsAlreadyExisting() {
        assertThat(upload(server.tokenFor("alice"), wheel("clash-pkg", "1.0", "one")).status()).isEqualTo(200);
        RawHttp.Response r = upload(server.tokenFor("alice"), wheel("clash-pkg", "1.0", "two"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).startsWith("File already exists ('clash_pkg-1.0-py3-none-any.whl', with blake2_256 hash '");
    }

    @Test
    void aDigestThatDoesNotMatchTheBytesIsRefused() {
        String dist = "digest_pkg";
        byte[] bytes = TestDistributions.wheel(dist, "digest-pkg", "1.0", "x");
        MultipartBody form = new MultipartBody().field(":action", "file_upload").field("metadata_version", "2.1")
                .field("name", "digest-pkg").field("version", "1.0").field("filetype", "bdist_wheel").field("pyversion", "py3")
                .field("sha256_digest", "0".repeat(64)).file("content", dist + "-1.0-py3-none-any.whl", null, bytes);
        RawHttp.Response r = upload(server.tokenFor("alice"), form);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).isEqualTo("The digest supplied does not match a digest calculated from the uploaded file.");
    }

    @Test
    void uvAskingForJsonGetsPyramidsJsonErrorWithTheCode() {
        Map<String, String> h = new HashMap<>(Uploads.tokenAuth("pypi-nope"));
        h.put("Accept", "application/json;q=0.9, text/plain;q=0.8, text/html;q=0.7");
        RawHttp.Response r = Uploads.post(server, h, wheel("json-err", "1.0", "x").build());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.text()).contains("\"code\":\"403 Invalid or non-existent authentication information.\"");
    }

    @Test
    void aMissingActionIsABadRequestAndDocumentationUploadsAreGone() {
        MultipartBody noAction = new MultipartBody().field("name", "x");
        assertThat(upload(server.tokenFor("alice"), noAction).status()).isEqualTo(400);
        MultipartBody docs = new MultipartBody().field(":action", "doc_upload");
        RawHttp.Response r = upload(server.tokenFor("alice"), docs);
        assertThat(r.status()).isEqualTo(410);
        assertThat(r.reason()).startsWith("Uploading documentation is no longer supported");
    }

    @Test
    void aWheelWhoseFilenameNamesAnotherProjectIsRefused() {
        byte[] bytes = TestDistributions.wheel("other_name", "other-name", "1.0", "x");
        RawHttp.Response r = upload(server.tokenFor("alice"), Uploads.wheelForm("right-name", "1.0", "other_name-1.0-py3-none-any.whl", bytes));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).isEqualTo("Start filename for 'right-name' with 'right_name'.");
        assertThat(simple("right-name").status()).isEqualTo(404);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAfterItWasFullyRead() {
        String dist = "big_pkg";
        byte[] bytes = TestDistributions.wheel(dist, "big-pkg", "1.0", "x".repeat(300_000));
        RawHttp.Response r = upload(server.tokenFor("alice"), Uploads.wheelForm("big-pkg", "1.0", dist + "-1.0-py3-none-any.whl", bytes));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).startsWith("File too large. Limit for project 'big-pkg' is ");
    }

    @Test
    void aWheelWrittenWithDataDescriptorsIsRefusedAsPypiDoes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"dd_pkg-1.0.dist-info/METADATA", "dd_pkg-1.0.dist-info/WHEEL", "dd_pkg-1.0.dist-info/RECORD"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(TestDistributions.metadata("dd-pkg", "1.0").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        RawHttp.Response r = upload(server.tokenFor("alice"), Uploads.wheelForm("dd-pkg", "1.0", "dd_pkg-1.0-py3-none-any.whl", out.toByteArray()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).startsWith("Invalid distribution file. ZIP archive not accepted: ZIP contains a data descriptor");
        assertThat(simple("dd-pkg").status()).isEqualTo(404);
    }

    @Test
    void metadataInsideTheFileMustNameTheUploadedVersion() {
        byte[] bytes = TestDistributions.wheelWithMetadata("liar_pkg", "1.0", TestDistributions.metadata("liar-pkg", "2.0"), "x");
        RawHttp.Response r = upload(server.tokenFor("alice"), Uploads.wheelForm("liar-pkg", "1.0", "liar_pkg-1.0-py3-none-any.whl", bytes));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).isEqualTo("Invalid distribution file. The version in the file's metadata ('2.0') does not match the uploaded version ('1.0').");
    }

    @Test
    void versionsThatCanonicalizeAlikeAreOneRelease() {
        assertThat(upload(server.tokenFor("alice"), wheel("canon-pkg", "1.0", "x")).status()).isEqualTo(200);
        byte[] sdist = TestDistributions.sdist("canon_pkg", "canon-pkg", "1.0.0");
        MultipartBody form = new MultipartBody().field(":action", "file_upload").field("metadata_version", "2.1")
                .field("name", "canon-pkg").field("version", "1.0.0").field("filetype", "sdist").field("pyversion", "source")
                .field("sha256_digest", TestDistributions.sha256(sdist)).file("content", "canon_pkg-1.0.0.tar.gz", null, sdist);
        assertThat(upload(server.tokenFor("alice"), form).status()).isEqualTo(200);
        assertThat(simple("canon-pkg").text()).contains("\"versions\":[\"1.0\"]");
    }

    @Test
    void aDeletedFilenameCanNeverBeUploadedAgain() {
        MultipartBody form = wheel("gone-pkg", "1.0", "x");
        assertThat(upload(server.tokenFor("alice"), form).status()).isEqualTo(200);
        server.larder().projects().deleteFile("gone-pkg", "gone_pkg-1.0-py3-none-any.whl", "test");
        RawHttp.Response r = upload(server.tokenFor("alice"), wheel("gone-pkg", "1.0", "other bytes"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.reason()).startsWith("This filename was previously used by a file that has since been deleted.");
    }

    @Test
    void theUploadEndpointAnswersOtherMethodsWith405() {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/legacy/", Map.of(), null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST");
    }
}
