package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.dataset.spec.SourceFormat;
import jp.resas.ops.estat.EstatException;
import jp.resas.ops.estat.EstatSettings;
import jp.resas.ops.estat.StatsData;
import jp.resas.ops.estat.infrastructure.EstatClient;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.ChunkPlanner;
import jp.resas.ops.pipeline.RawCollector;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.StoredObject;
import jp.resas.ops.dataset.VersionId;

/**
 * Collects a run's raw data into the raw bucket under {@code raw/<dataset>/<run>/}, recording each
 * object's checksum and provenance, and plans the chunks to process. A file already dropped in the
 * inbox (vendor data, or a file given on the command line) is copied; otherwise the catalog's source
 * is fetched: the e-Stat API page by page, or the download URL.
 */
@Singleton
public class Collector implements RawCollector {

    private final RawStore raw;
    private final RunRecords runs;
    private final PipelineSettings settings;
    private final EstatAppId appId;
    private final Clock clock;

    Collector(RawStore raw, RunRecords runs, PipelineSettings settings, EstatAppId appId, Clock clock) {
        this.raw = raw;
        this.runs = runs;
        this.settings = settings;
        this.appId = appId;
        this.clock = clock;
    }

    /**
     * Collects into {@code version} (a fresh one per collection): its objects live under their own prefix,
     * {@code raw/<dataset>/run-<run>/v<version>/}, so a later collection never overwrites them.
     */
    @Override
    public List<Chunk> collect(Run run, VersionId version, Dataset dataset, ProcessingSpec spec, String inboxKey)
            throws IOException {
        String prefix = "raw/" + dataset.id() + "/run-" + run.id().value() + "/v" + version.value() + "/";
        StoredObject object;
        if (inboxKey != null) {
            try (InputStream in = raw.open(inboxKey)) {
                object = store(run, version, 0, prefix + fileName(inboxKey), in, "inbox:" + inboxKey);
            }
        } else if (dataset.sourceKind() == SourceKind.ESTAT_API) {
            List<Chunk> pages = new ArrayList<>();
            collectEstat(run, version, dataset, prefix, pages);
            return pages;
        } else if (dataset.sourceKind() == SourceKind.DOWNLOAD_URL) {
            try (InputStream in = download(dataset.sourceRef())) {
                object = store(run, version, 0, prefix + fileName(URI.create(dataset.sourceRef()).getPath()), in, dataset.sourceRef());
            }
        } else {
            throw new IllegalArgumentException("dataset " + dataset.id() + " is delivered to the S3 inbox: the run needs inboxKey");
        }
        if (spec.source().format() == SourceFormat.ESTAT_JSON) {
            return List.of(new Chunk(0, object.key(), 0, -1, 1));
        }
        try (InputStream in = raw.open(object.key())) {
            return new ChunkPlanner(settings.chunkSize()).plan(object.key(), in);
        }
    }

    private void collectEstat(Run run, VersionId version, Dataset dataset, String prefix, List<Chunk> chunks) {
        String id = appId.current().orElseThrow(() -> new EstatException(
                "no e-Stat appId configured (resas.pipeline.estat-app-id; in AWS the secret RESAS_ESTAT_SECRET_ARN)"));
        StatsData client = new EstatClient(new EstatSettings(settings.estatBaseUrl() == null ? null
                : URI.create(settings.estatBaseUrl()), id, settings.estatTimeoutSeconds() == null ? null
                : Duration.ofSeconds(settings.estatTimeoutSeconds()), 0));
        client.fetchStatsData(dataset.sourceRef(), Map.of(), page -> {
            String key = prefix + "page-" + page.number() + ".json";
            try {
                store(run, version, page.number() - 1, key, new java.io.ByteArrayInputStream(page.body()),
                        "e-Stat getStatsData statsDataId=" + dataset.sourceRef());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chunks.add(new Chunk(page.number() - 1, key, 0, -1, page.fromNumber()));
        });
    }

    private StoredObject store(Run run, VersionId version, int part, String key, InputStream in, String source)
            throws IOException {
        StoredObject object = raw.put(key, in);
        runs.raw(run.id(), version, part, object, source, clock.instant());
        return object;
    }

    private static InputStream download(String url) throws IOException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("download answered HTTP " + response.statusCode() + ": " + url);
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + url, e);
        }
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "download" : name;
    }
}
