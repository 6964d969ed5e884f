package jp.resas.ops.local.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops bench coldstart}: the time from starting a fresh JVM to a function's first answer (A)
 * against a bare handler from the same jar with the same JVM options (B), run in turn (A, B, A, B, …), and
 * the classes each loads (counted in one more run with {@code -Xlog:class+load}). Each function runs from its
 * deployment asset (the catalogue's, as in AWS) unless {@code --jar} names one jar for all. The functions run as the
 * Lambda runtime runs them (no-argument constructor, environment variables, one event), against a database
 * of their own that this command migrates first, as {@code db-migrate} does in AWS.
 */
@Command(name = "coldstart", mixinStandardHelpOptions = true,
        description = "Fresh JVMs: a function's cold start to its first answer against a bare handler, alternated; "
                + "min and median of the ratio, classes loaded.")
final class ColdStartBenchCommand implements Callable<Integer> {

    /** The functions measured: name, handler class, event, catalogue function (whose asset runs it). */
    private static final Map<String, String[]> FUNCTIONS = new LinkedHashMap<>();

    static {
        FUNCTIONS.put("alarm-intake", new String[] {"jp.resas.ops.functions.alarm.AlarmIntakeHandler", alarmEvent(),
            "alarm-intake"});
        FUNCTIONS.put("api-health", new String[] {"jp.resas.ops.functions.api.OpsApiHandler", healthEvent(), "ops-api"});
    }

    private static final jp.resas.ops.catalogue.Catalogue CATALOGUE = jp.resas.ops.catalogue.Catalogue.load();
    private static final String BARE = "jp.resas.ops.functions.bench.BareHandler";
    private static final String PROBE = "jp.resas.ops.functions.bench.ColdStartProbe";

    @Spec
    CommandSpec spec;

    @Option(names = "--assets", defaultValue = "functions/target/assets",
            description = "Where the functions' deployment assets are: each function runs from the asset its catalogue "
                    + "entry names, as in AWS (default ${DEFAULT-VALUE}).")
    Path assets;

    @Option(names = "--jar", description = "Run every function from this jar instead of its asset (such as the whole "
            + "shaded jar, functions/target/resas-ops-functions.jar, to compare).")
    Path jar;

    @Option(names = "--function", split = ",", defaultValue = "alarm-intake,api-health",
            description = "Functions to measure: alarm-intake, api-health (GET /health); default ${DEFAULT-VALUE}.")
    List<String> functions;

    @Option(names = "--rounds", defaultValue = "5", description = "A/B pairs per function (default 5).")
    int rounds;

    @Option(names = "--java-option", defaultValue = "-XX:TieredStopAtLevel=1",
            description = "JVM options of both sides (repeatable; default ${DEFAULT-VALUE}, as Lambda's Java runtime).")
    List<String> javaOptions;

    @Option(names = "--cds", description = "Also start each function with a class-data-sharing archive of its own "
            + "start (C): trained in this run from the same jar (-XX:ArchiveClassesAtExit), checked to map with "
            + "-Xshare:on, then alternated A, C, B; prints C/B and C/A and the classes the archive gave.")
    boolean cds;

    @Override
    public Integer call() throws Exception {
        for (String function : functions) {
            if (!FUNCTIONS.containsKey(function)) {
                throw new ParameterException(spec.commandLine(), "--function: unknown function '" + function
                        + "' (known: " + String.join(", ", FUNCTIONS.keySet()) + ")");
            }
        }
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String function : functions) {
            Path code = jar != null ? jar : assets.resolve(CATALOGUE.assetOf(CATALOGUE.function(FUNCTIONS.get(function)[2]))
                    .fileName());
            if (!Files.isRegularFile(code)) {
                throw new ParameterException(spec.commandLine(), (jar != null ? "--jar" : "--assets") + ": no such file "
                        + code.toAbsolutePath() + " (build it: mvn -pl functions -am package -DskipTests)");
            }
            jars.put(function, code);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("resas-coldstart-bench");
        // The schema, as db-migrate leaves it in AWS: the functions themselves never migrate. The platform owns
        // the database it is given and stops it on close, so the functions get the database opened again.
        LocalPlatform.start(data, LocalDatabase.open(data, false), Map.of()).close();
        try (LocalDatabase database = LocalDatabase.open(data, false)) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("RESAS_DB_URL", database.url());
            env.put("RESAS_DB_USER", database.user());
            env.put("RESAS_DB_PASSWORD", database.password());
            env.put("RESAS_JWT_SECRET", "coldstart-bench-secret-of-at-least-32-bytes");
            env.put("AWS_REGION", "ap-northeast-1");
            out.printf("JVM options %s, load %s%n", javaOptions, Pairs.load());
            for (String function : functions) {
                Path code = jars.get(function);
                out.printf("%-14s jar %s (%.1f MB)%n", function, code, Files.size(code) / 1e6);
                measure(out, data, function, code, env);
            }
            return 0;
        } finally {
            ApiBenchCommand.delete(data);
        }
    }

    private void measure(PrintWriter out, Path data, String function, Path code, Map<String, String> env)
            throws Exception {
        String[] spec = FUNCTIONS.get(function);
        Path event = data.resolve(function + ".json");
        Files.writeString(event, spec[1]);
        long classesA = classes(data, code, spec[0], event, env);
        long classesB = classes(data, code, BARE, event, env);
        List<String> withArchive = cds ? archive(data, code, function, spec[0], event, env, out) : List.of();
        double[] ratios = new double[rounds];
        double[] archived = new double[rounds];
        double[] gains = new double[rounds];
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double a = run(data, code, spec[0], event, env, List.of()).seconds();
            double c = cds ? run(data, code, spec[0], event, env, withArchive).seconds() : Double.NaN;
            double b = run(data, code, BARE, event, env, List.of()).seconds();
            ratios[r] = a / b;
            archived[r] = c / b;
            gains[r] = c / a;
            lines.add(String.format("  %-12s round %d: function %6.3f s | bare %6.3f s | ratio %6.2f", function, r + 1,
                    a, b, ratios[r]) + (cds ? String.format(" | with CDS %6.3f s, ratio %6.2f", c, archived[r]) : ""));
        }
        lines.forEach(out::println);
        out.printf("%-14s cold start A/B min %.2f median %.2f | classes loaded %d (bare %d) | load %s%n", function,
                min(ratios), median(ratios), classesA, classesB, Pairs.load());
        if (cds) {
            out.printf("%-14s with CDS C/B min %.2f median %.2f | C/A min %.2f median %.2f | load %s%n", function,
                    min(archived), median(archived), min(gains), median(gains), Pairs.load());
        }
        out.flush();
    }

    /**
     * The JVM options that start {@code handler} on a class-data-sharing archive of its own start: one training run
     * dumps the classes it loaded ({@code -XX:ArchiveClassesAtExit}, on top of the JDK's archive), then a run with
     * {@code -Xshare:on} (which fails when the archive cannot be mapped) counts the classes it took from it.
     */
    private List<String> archive(Path data, Path code, String function, String handler, Path event,
            Map<String, String> env, PrintWriter out) throws Exception {
        Path archive = data.resolve(function + ".jsa");
        run(data, code, handler, event, env, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        List<String> options = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
        Path log = data.resolve("classes-cds-" + function + ".log");
        List<String> logged = new ArrayList<>(options);
        logged.add("-Xlog:class+load=info:file=" + log);
        run(data, code, handler, event, env, logged);
        List<String> loaded;
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            loaded = lines.filter(line -> line.contains("source:")).toList();
        }
        long own = loaded.stream().filter(line -> line.contains("source: shared objects file (top)")).count();
        long jdk = loaded.stream().filter(line -> line.contains("source: shared objects file")).count() - own;
        out.printf("%-14s CDS archive %s (%.1f MB), -Xshare:on: %d of %d classes loaded from it, %d from the JDK's%n",
                function, archive.getFileName(), Files.size(archive) / 1e6, own, loaded.size(), jdk);
        return options;
    }

    private long classes(Path data, Path code, String handler, Path event, Map<String, String> env) throws Exception {
        Path log = data.resolve("classes-" + handler.substring(handler.lastIndexOf('.') + 1) + ".log");
        run(data, code, handler, event, env, List.of("-Xlog:class+load=info:file=" + log));
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("source:")).count();
        }
    }

    private record Run(double seconds, String answer) {
    }

    private Run run(Path data, Path code, String handler, Path event, Map<String, String> env, List<String> extra)
            throws IOException, InterruptedException {
        Path answer = data.resolve("answer.json");
        Files.deleteIfExists(answer);
        Path errors = data.resolve("stderr.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(extra);
        command.addAll(List.of("-cp", code.toAbsolutePath().toString(), PROBE, handler, event.toString(),
                answer.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(errors.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RESAS_") || name.startsWith("AWS_"));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(handler + " gave no answer within 5 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = Files.exists(answer) ? Files.readString(answer) : "";
        if (process.exitValue() != 0 || text.isEmpty()) {
            List<String> log = Files.readAllLines(errors);
            throw new IllegalStateException(handler + " failed (exit " + process.exitValue() + "): " + text + "\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 30), log.size())));
        }
        return new Run(seconds, text);
    }

    /** An EventBridge alarm state change, the shape of AWS's documented example (CloudWatch User Guide). */
    private static String alarmEvent() {
        return """
                {"version":"0","id":"coldstart-1","detail-type":"CloudWatch Alarm State Change","source":"aws.cloudwatch",
                 "account":"123456789012","time":"2026-01-01T00:00:00Z","region":"ap-northeast-1",
                 "resources":["arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:coldstart"],
                 "detail":{"alarmName":"coldstart","configuration":{"metrics":[{"id":"m1","metricStat":{"metric":{
                   "dimensions":{"InstanceId":"i-12345678901234567"},"name":"CPUUtilization","namespace":"AWS/EC2"},
                   "period":300,"stat":"Average"},"returnData":true}]},
                   "previousState":{"reason":"before","timestamp":"2026-01-01T00:00:00.000+0000","value":"OK"},
                   "state":{"reason":"Threshold Crossed","timestamp":"2026-01-01T00:00:01.000+0000","value":"ALARM"}}}
                """;
    }

    /** API Gateway HTTP API payload 2.0 for {@code GET /health} (API Gateway Developer Guide's example shape). */
    private static String healthEvent() {
        return """
                {"version":"2.0","routeKey":"$default","rawPath":"/health","rawQueryString":"",
                 "headers":{"accept":"application/json","host":"api.example.com"},
                 "requestContext":{"accountId":"123456789012","apiId":"api","domainName":"api.example.com",
                   "http":{"method":"GET","path":"/health","protocol":"HTTP/1.1","sourceIp":"203.0.113.9",
                     "userAgent":"coldstart"},"requestId":"coldstart","routeKey":"$default","stage":"$default",
                   "time":"01/Jan/2026:00:00:00 +0000","timeEpoch":1767225600000},
                 "isBase64Encoded":false}
                """;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
