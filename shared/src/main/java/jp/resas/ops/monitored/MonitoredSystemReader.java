package jp.resas.ops.monitored;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the description: the file named by {@value #ENV} when set, else the
 * {@value #RESOURCE} bundled in the jar (the repository's {@code shared/src/main/resources/}). A bad
 * file is refused whole, with every problem naming file, line and field.
 */
public final class MonitoredSystemReader {

    public static final String ENV = "RESAS_MONITORED_SYSTEM";
    public static final String RESOURCE = "monitored-system.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MonitoredSystemReader() {
    }

    /** The description this process uses: {@code env}'s {@value #ENV} file, else the bundled one. */
    public static MonitoredSystem load(Map<String, String> env) {
        String file = env.get(ENV);
        if (file != null && !file.isBlank()) {
            return read(Path.of(file));
        }
        try (InputStream in = MonitoredSystemReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidDescriptionException(RESOURCE, List.of(RESOURCE + " is not on the classpath; set "
                        + ENV + " to the description file"));
            }
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MonitoredSystem read(Path file) {
        try {
            return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidDescriptionException(file.toString(), List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    public static MonitoredSystem read(String source, String text) {
        JsonNode tree;
        Map<String, Integer> lines;
        try {
            tree = JSON.readTree(text);
            lines = lines(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
            throw new InvalidDescriptionException(source, List.of(source + " line " + line + " column " + column
                    + ": not valid JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        MonitoredSystem system = new DescriptionSchema(DescriptionNode.root(tree, lines, problems, source))
                .system();
        if (!problems.isEmpty()) {
            throw new InvalidDescriptionException(source, problems);
        }
        return system;
    }

    /** The line of every value, by JSON pointer, from a streaming pass (the tree keeps no locations). */
    private static Map<String, Integer> lines(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static Set<String> set(String... names) {
        return new HashSet<>(List.of(names));
    }
}
