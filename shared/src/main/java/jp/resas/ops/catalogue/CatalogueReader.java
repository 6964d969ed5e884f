package jp.resas.ops.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses and validates the two catalogue files, collecting every problem before refusing. */
final class CatalogueReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CLASS = Pattern.compile("([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern RATE = Pattern.compile("rate\\((1 (minute|hour|day)|[1-9][0-9]* (minutes|hours|days))\\)");
    /** Variables defined by AWS (Lambda, Powertools for AWS Lambda); every other one is named RESAS_…. */
    private static final List<String> AWS_DEFINED = List.of("POWERTOOLS_", "AWS_");
    private static final Set<String> FUNCTION_FIELDS = Set.of("name", "handler", "stack", "id", "memoryMb",
            "timeoutSeconds", "concurrency", "environment", "optionalEnvironment", "definitionSubstitution", "local", "asset");
    /**
     * A jar entry prefix: a folder path such as {@code org/apache/poi/}, or a folder and the start of its entries'
     * names (Micronaut's service registrations of one package, {@code META-INF/micronaut/SERVICE/io.micronaut.data.});
     * {@code *} and {@code **} as wildcards ({@link PartSpec}).
     */
    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_.*-]+/)+[A-Za-z0-9_.$*-]*");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("name", "stack", "id", "description", "expression",
            "function", "stateMachine", "input", "retryAttempts", "maxEventAge", "local");

    private final String functionsSource;
    private final String functionsText;
    private final String schedulesSource;
    private final String schedulesText;
    private final List<String> problems = new ArrayList<>();

    CatalogueReader(String functionsSource, String functionsText, String schedulesSource, String schedulesText) {
        this.functionsSource = functionsSource;
        this.functionsText = functionsText;
        this.schedulesSource = schedulesSource;
        this.schedulesText = schedulesText;
    }

    Catalogue read() {
        JsonNode functionsRoot = parse(functionsSource, functionsText);
        JsonNode schedulesRoot = parse(schedulesSource, schedulesText);
        List<String> common = new ArrayList<>();
        List<FunctionSpec> functions = new ArrayList<>();
        List<ScheduleSpec> schedules = new ArrayList<>();
        List<PartSpec> parts = new ArrayList<>();
        List<AssetSpec> assets = new ArrayList<>();
        if (functionsRoot != null) {
            Entry root = new Entry(functionsSource, "the file", functionsRoot);
            root.only(Set.of("$comment", "commonEnvironment", "functions", "parts", "assets"));
            common.addAll(root.variables("commonEnvironment"));
            root.optionalArray("parts").forEach(entry -> part(entry).ifPresent(parts::add));
            unique(functionsSource, parts.stream().map(PartSpec::name).toList(), "part name");
            root.optionalArray("assets").forEach(entry -> asset(entry, parts).ifPresent(assets::add));
            unique(functionsSource, assets.stream().map(AssetSpec::name).toList(), "asset name");
            root.array("functions").forEach(entry -> function(entry, assets).ifPresent(functions::add));
            Set<String> named = new HashSet<>();
            functions.forEach(f -> f.asset().ifPresent(named::add));
            assets.stream().map(AssetSpec::name).filter(name -> !named.contains(name)).forEach(name ->
                    problems.add(functionsSource + ": asset '" + name + "' is named by no function"));
            unique(functionsSource, functions.stream().map(FunctionSpec::name).toList(), "name");
            unique(functionsSource, functions.stream().filter(FunctionSpec::deployed)
                    .map(f -> f.stack().orElseThrow() + "/" + f.id().orElseThrow()).toList(), "stack and id");
            unique(functionsSource, functions.stream().flatMap(f -> f.definitionSubstitution().stream()).toList(),
                    "definitionSubstitution");
        }
        if (schedulesRoot != null) {
            Entry root = new Entry(schedulesSource, "the file", schedulesRoot);
            root.only(Set.of("$comment", "schedules"));
            root.array("schedules").forEach(entry -> schedule(entry, functions).ifPresent(schedules::add));
            unique(schedulesSource, schedules.stream().map(ScheduleSpec::name).toList(), "name");
            unique(schedulesSource, schedules.stream().filter(s -> s.stack().isPresent())
                    .map(s -> s.stack().orElseThrow() + "/" + s.id().orElseThrow()).toList(), "stack and id");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new Catalogue(common, functions, schedules, parts, assets);
    }

    private JsonNode parse(String source, String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                problems.add(source + ": must be a JSON object");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(source + " line " + line + ": not valid JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    private Optional<PartSpec> part(Entry entry) {
        int before = problems.size();
        entry.only(Set.of("name", "paths"));
        String name = entry.text("name", NAME, true).orElse("");
        List<String> paths = entry.names("paths", PATH);
        if (paths.isEmpty() && problems.size() == before) {
            entry.problem("paths", "must name at least one folder of the jar (such as org/apache/poi/)");
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new PartSpec(name, paths));
    }

    private Optional<AssetSpec> asset(Entry entry, List<PartSpec> parts) {
        int before = problems.size();
        entry.only(Set.of("name", "parts"));
        String name = entry.text("name", NAME, true).orElse("");
        List<String> kept = entry.names("parts", NAME);
        Set<String> known = new HashSet<>(parts.stream().map(PartSpec::name).toList());
        kept.stream().filter(part -> !known.contains(part)).forEach(part ->
                entry.problem("parts", "names '" + part + "', which is not one of the file's parts"));
        return problems.size() > before ? Optional.empty() : Optional.of(new AssetSpec(name, kept));
    }

    private Optional<FunctionSpec> function(Entry entry, List<AssetSpec> assets) {
        int before = problems.size();
        entry.only(FUNCTION_FIELDS);
        String name = entry.text("name", NAME, true).orElse("");
        String handler = entry.text("handler", CLASS, true).orElse("");
        Optional<String> stack = entry.text("stack", IDENTIFIER, false);
        Optional<String> id = entry.text("id", IDENTIFIER, stack.isPresent());
        int memory = entry.number("memoryMb", 128, 10_240, stack.isPresent() ? null : 0);
        int timeout = entry.number("timeoutSeconds", 1, 900, stack.isPresent() ? null : 0);
        int concurrency = entry.number("concurrency", 1, 1000, 1);
        if (stack.isEmpty()) {
            for (String field : List.of("id", "memoryMb", "timeoutSeconds", "concurrency", "environment",
                    "optionalEnvironment", "definitionSubstitution")) {
                if (entry.node.has(field)) {
                    entry.problem(field, "applies to deployed functions only (this one has no stack)");
                }
            }
        }
        List<String> environment = entry.variables("environment");
        List<String> optional = entry.variables("optionalEnvironment");
        Optional<String> substitution = entry.text("definitionSubstitution", Pattern.compile("[A-Z][A-Za-z0-9]*"), false);
        FunctionSpec.Local local = entry.choice("local", FunctionSpec.Local.class, FunctionSpec.Local.INVOKE);
        Optional<String> asset = entry.text("asset", NAME, stack.isPresent());
        if (stack.isEmpty() && asset.isPresent()) {
            entry.problem("asset", "applies to deployed functions only (this one has no stack)");
        }
        asset.filter(a -> assets.stream().noneMatch(known -> known.name().equals(a))).ifPresent(a ->
                entry.problem("asset", "names '" + a + "', which is not one of the file's assets"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new FunctionSpec(name, handler, stack, id, memory, timeout, concurrency, environment,
                optional, substitution, local, asset));
    }

    private Optional<ScheduleSpec> schedule(Entry entry, List<FunctionSpec> functions) {
        int before = problems.size();
        entry.only(SCHEDULE_FIELDS);
        String name = entry.text("name", NAME, true).orElse("");
        Optional<String> stack = entry.text("stack", IDENTIFIER, false);
        Optional<String> id = entry.text("id", IDENTIFIER, stack.isPresent());
        String description = entry.text("description", Pattern.compile("(?s).{1,512}"), true).orElse("");
        String expression = entry.text("expression", Pattern.compile("(?s).+"), true).orElse("");
        if (!expression.isEmpty() && !expression(expression)) {
            entry.problem("expression", "must be cron(minutes hours day-of-month month day-of-week year) or "
                    + "rate(N minute(s)|hour(s)|day(s)), was '" + expression + "'");
        }
        Optional<String> function = entry.text("function", NAME, false);
        Optional<String> stateMachine = entry.text("stateMachine", IDENTIFIER, false);
        if (function.isPresent() == stateMachine.isPresent()) {
            entry.problem("function", "name exactly one target: function or stateMachine");
        }
        function.ifPresent(target -> {
            Optional<FunctionSpec> spec = functions.stream().filter(f -> f.name().equals(target)).findFirst();
            if (spec.isEmpty()) {
                entry.problem("function", "'" + target + "' is not in " + functionsSource);
            } else if (stack.isPresent() && !spec.get().stack().equals(stack)) {
                entry.problem("function", "'" + target + "' is deployed by " + spec.get().stack().orElse("no stack")
                        + ", not by this schedule's stack " + stack.get());
            } else if (!spec.get().invocable()) {
                entry.problem("function", "'" + target + "' is not run in-process on one machine (local: "
                        + spec.get().local().name().toLowerCase(Locale.ROOT) + ")");
            }
        });
        String input = "{}";
        if (entry.node.has("input")) {
            if (entry.node.get("input").isObject()) {
                input = entry.node.get("input").toString();
            } else {
                entry.problem("input", "must be a JSON object");
            }
        }
        int retries = entry.number("retryAttempts", 0, 185, 0);
        Optional<Duration> maxEventAge = Optional.empty();
        if (entry.node.has("maxEventAge")) {
            try {
                Duration age = Duration.parse(entry.node.get("maxEventAge").asText());
                if (age.compareTo(Duration.ofMinutes(1)) < 0 || age.compareTo(Duration.ofHours(24)) > 0) {
                    entry.problem("maxEventAge", "must be between PT1M and PT24H, was " + age);
                }
                maxEventAge = Optional.of(age);
            } catch (DateTimeParseException e) {
                entry.problem("maxEventAge", "must be an ISO-8601 duration such as PT2H, was '"
                        + entry.node.get("maxEventAge").asText() + "'");
            }
        }
        ScheduleSpec.Local local = entry.choice("local", ScheduleSpec.Local.class, ScheduleSpec.Local.ALWAYS);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleSpec(name, stack, id, description, expression, function, stateMachine, input,
                retries, maxEventAge, local));
    }

    private static boolean expression(String expression) {
        if (expression.startsWith("cron(") && expression.endsWith(")")) {
            return expression.substring(5, expression.length() - 1).strip().split("\\s+").length == 6;
        }
        return RATE.matcher(expression).matches();
    }

    private void unique(String source, List<String> values, String field) {
        Set<String> seen = new HashSet<>();
        values.stream().filter(value -> !seen.add(value)).distinct()
                .forEach(value -> problems.add(source + ": " + field + " '" + value + "' is used by more than one entry"));
    }

    /** One object of a file, named in every problem (file, entry, field). */
    private final class Entry {
        private final String source;
        private final String label;
        private final JsonNode node;

        Entry(String source, String label, JsonNode node) {
            this.source = source;
            this.label = label;
            this.node = node;
        }

        void problem(String field, String message) {
            problems.add(source + ": " + label + ": field '" + field + "' " + message);
        }

        void only(Set<String> fields) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!fields.contains(field)) {
                    problem(field, "is not a field of the catalogue (known: " + new java.util.TreeSet<>(fields) + ")");
                }
            }
        }

        /** {@link #array}, empty when the field is absent. */
        List<Entry> optionalArray(String field) {
            return node.has(field) ? array(field) : List.of();
        }

        List<Entry> array(String field) {
            JsonNode value = node.get(field);
            List<Entry> entries = new ArrayList<>();
            if (value == null || !value.isArray()) {
                problem(field, "must be an array");
                return entries;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String name = item.path("name").isTextual() ? " '" + item.get("name").asText() + "'" : "";
                String itemLabel = field + "[" + i + "]" + name;
                if (!item.isObject()) {
                    problems.add(source + ": " + itemLabel + " must be an object");
                } else {
                    entries.add(new Entry(source, itemLabel, item));
                }
            }
            return entries;
        }

        Optional<String> text(String field, Pattern pattern, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(field, "is required");
                }
                return Optional.empty();
            }
            if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
                problem(field, "must match " + pattern + ", was " + value);
                return Optional.empty();
            }
            return Optional.of(value.asText());
        }

        /** @param fallback the value when absent; {@code null} makes the field required */
        int number(String field, int min, int max, Integer fallback) {
            JsonNode value = node.get(field);
            if (value == null) {
                if (fallback == null) {
                    problem(field, "is required");
                    return 0;
                }
                return fallback;
            }
            if (!value.isInt() || value.asInt() < min || value.asInt() > max) {
                problem(field, "must be a whole number from " + min + " to " + max + ", was " + value);
                return 0;
            }
            return value.asInt();
        }

        List<String> variables(String field) {
            JsonNode value = node.get(field);
            List<String> names = new ArrayList<>();
            if (value == null) {
                return names;
            }
            if (!value.isArray()) {
                problem(field, "must be an array of environment variable names");
                return names;
            }
            for (JsonNode item : value) {
                String name = item.asText();
                if (!item.isTextual() || !VARIABLE.matcher(name).matches()) {
                    problem(field, "names '" + item + "', not an environment variable name (A-Z, 0-9, _)");
                } else if (!name.startsWith("RESAS_") && AWS_DEFINED.stream().noneMatch(name::startsWith)) {
                    problem(field, "names " + name + ": the platform's variables are named RESAS_…");
                } else if (names.contains(name)) {
                    problem(field, "names " + name + " twice");
                } else {
                    names.add(name);
                }
            }
            return names;
        }

        /** An array of distinct strings, each matching {@code pattern}; empty when absent. */
        List<String> names(String field, Pattern pattern) {
            JsonNode value = node.get(field);
            List<String> names = new ArrayList<>();
            if (value == null) {
                return names;
            }
            if (!value.isArray()) {
                problem(field, "must be an array of strings");
                return names;
            }
            for (JsonNode item : value) {
                if (!item.isTextual() || !pattern.matcher(item.asText()).matches()) {
                    problem(field, "names " + item + ", which does not match " + pattern);
                } else if (names.contains(item.asText())) {
                    problem(field, "names '" + item.asText() + "' twice");
                } else {
                    names.add(item.asText());
                }
            }
            return names;
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
            JsonNode value = node.get(field);
            if (value == null) {
                return fallback;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(value.asText())) {
                    return constant;
                }
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            problem(field, "must be one of " + allowed + ", was " + value);
            return fallback;
        }
    }
}
