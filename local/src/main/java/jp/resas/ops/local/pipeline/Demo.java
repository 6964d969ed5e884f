package jp.resas.ops.local.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.common.Actor;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.security.LocalSecurity;

/**
 * {@code resas-ops local --demo}: seeds the catalog, plans an update round and has the owner approve it,
 * runs the data-update state machine for the three shipped datasets (the e-Stat one through the real client
 * against a local stand-in), approves the census run through the HTTP API as the owner, and leaves the other
 * two waiting for the user to approve.
 */
public final class Demo {

    private static final String OPERATOR = "demo-operator";
    private static final String OWNER = "demo-owner";

    private final EstatDemoServer estat;

    private Demo(EstatDemoServer estat) {
        this.estat = estat;
    }

    /** Before the platform starts: the e-Stat stand-in, and the settings that point the client at it. */
    public static Demo prepare() throws IOException {
        EstatDemoServer estat = new EstatDemoServer();
        System.setProperty("resas.pipeline.estat-base-url", estat.baseUrl());
        System.setProperty("resas.pipeline.estat-app-id", "demo-app-id");
        return new Demo(estat);
    }

    /** Runs the round on {@code pipeline}, which {@code resas-ops local} has connected to the platform. */
    public void run(LocalPlatform platform, LocalPipeline pipeline, Path dataDir, int port, PrintWriter out)
            throws IOException, InterruptedException {
        var context = platform.context();
        CatalogSeed.ensure(context.getBean(CatalogService.class), OPERATOR);
        RoundService rounds = context.getBean(RoundService.class);
        LocalDate today = LocalDate.now();
        long round = rounds.plan("デモ更新回 " + System.currentTimeMillis(), List.of(
                new RoundService.PlannedItem("census-population", today, today.plusDays(14)),
                new RoundService.PlannedItem("economic-census-establishments", today, today.plusDays(14)),
                new RoundService.PlannedItem("vendor-visitors", today, today.plusDays(14))), new Actor(OPERATOR, "demo"));
        rounds.approve(round, new Actor(OWNER, "demo"));
        out.printf("Demo: update round %d planned by %s and approved by %s%n", round, OPERATOR, OWNER);
        Run census = start(context.getBean(PipelineService.class), pipeline, round, "census-population", null);
        start(context.getBean(PipelineService.class), pipeline, round, "economic-census-establishments",
                inbox(context.getBean(RawStore.class), "economic-census-establishments", "economic-census-establishments_31.csv"));
        start(context.getBean(PipelineService.class), pipeline, round, "vendor-visitors",
                inbox(context.getBean(RawStore.class), "vendor-visitors", "vendor-visitors_2024.csv"));
        approveThroughApi(dataDir, port, census, out);
        out.printf("Demo: the other runs wait for the owner. Approve one through the API:%n"
                + "  TOKEN=$(resas-ops token --user %s --groups approver)%n"
                + "  curl -X POST -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{\"comment\":\"OK\"}' "
                + "http://localhost:%d/pipeline/runs/<id>/approve%n"
                + "  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:%d/pipeline/runs   # and /pipeline/update-log, /pipeline/sources, /rounds%n",
                OWNER, port, port);
        out.flush();
        estat.close();
    }

    private static Run start(PipelineService service, LocalPipeline pipeline, long round, String dataset, String inboxKey) {
        Run run = service.start(dataset, round, PipelineService.executionName(dataset, round, null), null, OPERATOR, false);
        pipeline.start(run, inboxKey);
        pipeline.awaitApprovalOrEnd(run.executionName(), Duration.ofMinutes(10));
        return run;
    }

    private static String inbox(RawStore raw, String dataset, String sample) throws IOException {
        String key = "inbox/" + dataset + "/" + sample;
        try (InputStream in = ProcessingSpecs.sample(sample)) {
            raw.put(key, in);
        }
        return key;
    }

    private static void approveThroughApi(Path dataDir, int port, Run run, PrintWriter out) throws IOException, InterruptedException {
        String token = LocalSecurity.issuer(LocalSecurity.secret(dataDir), Clock.systemUTC()).issue(OWNER, List.of("approver"),
                Duration.ofMinutes(5));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/pipeline/runs/" + run.id().value() + "/approve"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"comment\":\"デモ: 内容を確認しました\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        out.printf("Demo: %s approved run %d (%s) through POST /pipeline/runs/%d/approve: HTTP %d%n", OWNER, run.id().value(),
                run.dataset(), run.id().value(), response.statusCode());
    }
}
