package jp.resas.ops.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The function and schedule catalogues of RESAS Ops ({@value #FUNCTIONS} and {@value #SCHEDULES}, resources of
 * shared/), validated as a whole: a bad entry is refused with the file, the entry and the field.
 *
 * @param commonEnvironment variables every deployed function is given (Powertools', the database's)
 * @param functions         every function, in file order
 * @param schedules         every schedule, in file order
 * @param parts             the optional parts of the functions jar (what an asset may leave out)
 * @param assets            the deployment assets, each keeping some parts; every deployed function names one
 */
public record Catalogue(List<String> commonEnvironment, List<FunctionSpec> functions, List<ScheduleSpec> schedules,
        List<PartSpec> parts, List<AssetSpec> assets) {

    public static final String FUNCTIONS = "catalogue/functions.json";
    public static final String SCHEDULES = "catalogue/schedules.json";
    /** The zone of every cron expression in the schedule catalogue. */
    public static final String ZONE = "Asia/Tokyo";

    public Catalogue {
        commonEnvironment = List.copyOf(commonEnvironment);
        functions = List.copyOf(functions);
        schedules = List.copyOf(schedules);
        parts = List.copyOf(parts);
        assets = List.copyOf(assets);
    }

    /** The catalogues on the classpath (read once per call; they are small). */
    public static Catalogue load() {
        return read(FUNCTIONS, resource(FUNCTIONS), SCHEDULES, resource(SCHEDULES));
    }

    /** Reads and validates both catalogues; {@code functionsSource}/{@code schedulesSource} name them in errors. */
    public static Catalogue read(String functionsSource, String functionsText, String schedulesSource,
            String schedulesText) {
        return new CatalogueReader(functionsSource, functionsText, schedulesSource, schedulesText).read();
    }

    public FunctionSpec function(String name) {
        return findFunction(name).orElseThrow(() -> new NoSuchElementException(
                "no function '" + name + "' in " + FUNCTIONS));
    }

    public Optional<FunctionSpec> findFunction(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The function a stack deploys under construct id {@code id}. */
    public FunctionSpec function(String stack, String id) {
        return functions.stream().filter(f -> f.stack().equals(Optional.of(stack)) && f.id().equals(Optional.of(id)))
                .findFirst().orElseThrow(() -> new NoSuchElementException(
                        "no function with stack '" + stack + "' and id '" + id + "' in " + FUNCTIONS));
    }

    public ScheduleSpec schedule(String name) {
        return schedules.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                () -> new NoSuchElementException("no schedule '" + name + "' in " + SCHEDULES));
    }

    public List<FunctionSpec> functionsOf(String stack) {
        return functions.stream().filter(f -> f.stack().equals(Optional.of(stack))).toList();
    }

    public List<ScheduleSpec> schedulesOf(String stack) {
        return schedules.stream().filter(s -> s.stack().equals(Optional.of(stack))).toList();
    }

    public AssetSpec asset(String name) {
        return assets.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(
                () -> new NoSuchElementException("no asset '" + name + "' in " + FUNCTIONS));
    }

    /** The asset a deployed function's code is (its {@code asset} field). */
    public AssetSpec assetOf(FunctionSpec function) {
        return asset(function.asset().orElseThrow(() -> new NoSuchElementException(
                "function '" + function.name() + "' is not deployed: it has no asset in " + FUNCTIONS)));
    }

    /** The parts {@code asset} leaves out: every part of the catalogue it does not keep. */
    public List<PartSpec> leftOut(AssetSpec asset) {
        return parts.stream().filter(part -> !asset.parts().contains(part.name())).toList();
    }

    /** The functions {@code resas-ops invoke} runs in-process. */
    public List<FunctionSpec> invocable() {
        return functions.stream().filter(FunctionSpec::invocable).toList();
    }

    private static String resource(String name) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidCatalogueException(List.of(name + " is not on the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
