package dev.larder.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The project size limit holds when uploads to one project arrive at once, not just one by one. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ProjectSizeLimitUnderConcurrencyTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void uploadsAtOnceNeverTakeAProjectPastItsLimit() throws Exception {
        int allowed = 3;
        int uploads = 10;
        List<byte[]> wheels = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            wheels.add(TestDistributions.wheel("sized_pkg", "sized-pkg", i + ".0", "same length " + i));
        }
        long largest = wheels.stream().mapToLong(w -> w.length).max().orElseThrow();
        long limit = allowed * largest + largest / 2;
        try (TestServer server = TestServer.start(dir, backend.settings(Map.of("max-project-size", Long.toString(limit))))) {
            String token = server.tokenFor("alice");
            byte[] first = wheels.get(0);
            assertThat(Uploads.post(server, Uploads.tokenAuth(token),
                    Uploads.wheelForm("sized-pkg", "0.0", "sized_pkg-0.0-py3-none-any.whl", first).build()).status()).isEqualTo(200);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(uploads);
            List<Future<Integer>> results = new ArrayList<>();
            try {
                for (int i = 1; i < uploads; i++) {
                    String version = i + ".0";
                    byte[] bytes = wheels.get(i);
                    results.add(pool.submit(() -> {
                        go.await();
                        RawHttp.Response r = Uploads.post(server, Uploads.tokenAuth(token),
                                Uploads.wheelForm("sized-pkg", version, "sized_pkg-" + version + "-py3-none-any.whl", bytes).build());
                        return r.status();
                    }));
                }
                go.countDown();
                int stored = 1;
                for (Future<Integer> f : results) {
                    stored += f.get() == 200 ? 1 : 0;
                }
                assertThat(stored).isEqualTo(allowed);
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.larder().projects().detail("sized-pkg").orElseThrow().project().totalSize()).isLessThanOrEqualTo(limit);
        }
    }
}
