package dev.larder.upload.http;

import dev.larder.storage.BlobStore;
import dev.larder.upload.Credentials;
import dev.larder.upload.UploadFacade;
import dev.larder.upload.UploadOutcome;
import dev.larder.upload.UploadForm;
import dev.larder.upload.UploadRejected;
import dev.larder.web.http.ErrorPage;
import dev.larder.web.multipart.MultipartReader;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /legacy/}: parse the multipart form, hand it to the upload use case, answer as PyPI does. */
public final class LegacyUploadEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyUploadEndpoint.class);

    private final UploadFacade uploads;
    private final BlobStore blobs;
    private final MeterRegistry metrics;

    public LegacyUploadEndpoint(UploadFacade uploads, BlobStore blobs) {
        this(uploads, blobs, new SimpleMeterRegistry());
    }

    /**
     * With {@code larder_uploads_total} (by outcome: stored, already_present, refused, failed; and
     * status) and {@code larder_upload_bytes} (sizes of accepted files) in the registry.
     */
    public LegacyUploadEndpoint(UploadFacade uploads, BlobStore blobs, MeterRegistry metrics) {
        this.uploads = uploads;
        this.blobs = blobs;
        this.metrics = metrics;
    }

    public void handle(Context ctx) throws IOException {
        try {
            receive(ctx);
        } catch (IOException | RuntimeException e) {
            // Broken on this side or the connection dropped: the server answers 500 and logs it.
            count("failed", 500);
            throw e;
        }
    }

    private void receive(Context ctx) throws IOException {
        Optional<String> boundary = MultipartReader.boundaryOf(ctx.header("Content-Type"));
        if (boundary.isEmpty()) {
            reject(ctx, UploadRejected.badRequest("Uploads must be sent as multipart/form-data."));
            return;
        }
        long started = System.nanoTime();
        UploadForm form;
        try {
            form = UploadFormReader.read(ctx.req().getInputStream(), boundary.get(), blobs,
                    uploads.policy().maxFileSize(), Optional.ofNullable(ctx.userAgent()));
        } catch (UploadRejected e) {
            reject(ctx, e);
            return;
        }
        try {
            form = withQueryAction(form, ctx.queryParam(":action"));
            long received = System.nanoTime();
            var outcome = uploads.upload(Credentials.fromHeader(ctx.header("Authorization")), form);
            long size = form.content().map(f -> f.size()).orElse(0L);
            String name = outcome == UploadOutcome.STORED ? "stored" : "already_present";
            count(name, 200);
            DistributionSummary.builder("larder.upload.bytes").baseUnit(BaseUnits.BYTES)
                    .description("Sizes of accepted uploads, by outcome").tag("outcome", name)
                    .register(metrics).record(size);
            LOG.info("upload {} {}: {} bytes received in {} ms, checked and stored in {} ms",
                    form.content().map(f -> f.filename()).orElse("?"), outcome, size,
                    (received - started) / 1_000_000, (System.nanoTime() - received) / 1_000_000);
            ctx.status(200).contentType("text/plain; charset=UTF-8").result("OK");
        } catch (UploadRejected e) {
            reject(ctx, e);
        } finally {
            form.content().ifPresent(f -> UploadFormReader.discard(f));
        }
    }

    /** PyPI reads {@code :action} from the query string as well as the form. */
    private static UploadForm withQueryAction(UploadForm form, String queryAction) {
        if (queryAction == null || form.fields().containsKey(":action")) {
            return form;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>(form.fields());
        fields.put(":action", new ArrayList<>(List.of(queryAction)));
        return new UploadForm(fields, form.fieldsSentAsFiles(), form.content(), form.userAgent());
    }

    private void count(String outcome, int status) {
        Counter.builder("larder.uploads").description("Upload requests, by outcome (stored, already_present, refused, failed) and status")
                .tag("outcome", outcome).tag("status", Integer.toString(status))
                .register(metrics).increment();
    }

    private void reject(Context ctx, UploadRejected e) {
        count("refused", e.status());
        LOG.info("upload refused: {} {}", e.status(), e.getMessage());
        ErrorPage.send(ctx, e.status(), e.getMessage());
    }
}
