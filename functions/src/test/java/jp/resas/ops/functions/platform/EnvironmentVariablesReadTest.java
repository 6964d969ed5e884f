package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.resas.ops.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Every variable the catalogue lets a stack set on a function (CatalogueTemplatesTest checks the stacks set
 * exactly those) is one the code reads: by its name ({@code LambdaPlatform}, the migration handler) or as the
 * Micronaut property it becomes ({@code RESAS_METRICS_API_ID} → {@code resas.metrics.api-id}, each {@code _} a
 * {@code .} or {@code -}) in a {@code @Value}, a property name or {@code application.yml}, or a component of a
 * {@code @ConfigurationProperties} record (its prefix, a nested record's prefix, the component in kebab case).
 * Powertools reads its own.
 */
class EnvironmentVariablesReadTest {

    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"),
            Path.of("..", "shared", "src", "main", "java"), Path.of("..", "shared", "src", "main", "resources"));

    @Test
    void everyCataloguedVariable_isReadByTheCode() {
        Catalogue catalogue = Catalogue.load();
        Set<String> variables = new TreeSet<>(catalogue.commonEnvironment());
        catalogue.functions().forEach(f -> {
            variables.addAll(f.environment());
            variables.addAll(f.optionalEnvironment());
        });
        variables.removeIf(name -> name.startsWith("POWERTOOLS_"));
        String code = code();

        assertThat(variables).hasSizeGreaterThan(20);
        assertThat(variables.stream().filter(name -> !read(name, code)).toList()).as("variables no code reads").isEmpty();
    }

    @Test
    void aVariableNoCodeReads_isFound() {
        String code = code();

        assertThat(read("RESAS_NOT_READ_ANYWHERE", code)).isFalse();
        assertThat(read("RESAS_METRICS_API_ID", code)).isTrue();
        assertThat(read("RESAS_DB_POOL_SIZE", code)).isTrue();
    }

    private static boolean read(String variable, String code) {
        String property = Arrays.stream(variable.toLowerCase(java.util.Locale.ROOT).split("_")).map(Pattern::quote)
                .collect(Collectors.joining("[.-]"));
        return code.contains("\"" + variable + "\"")
                || Pattern.compile("(?<![\\w.-])" + property + "(?![\\w-])").matcher(code).find();
    }

    private static final Pattern SETTINGS = Pattern.compile(
            "@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:(?:public|static|final)\\s+)*record\\s+\\w+\\s*\\(([^)]*)\\)");

    /**
     * The properties a file's settings records bind, a line each: the first record annotated in a file is its top
     * level, the later ones are nested in it (as the settings records are written).
     */
    static String settingsProperties(String source) {
        StringBuilder names = new StringBuilder();
        Matcher record = SETTINGS.matcher(source);
        String top = null;
        while (record.find()) {
            String prefix = top == null ? record.group(1) : top + "." + record.group(1);
            top = top == null ? record.group(1) : top;
            for (String component : record.group(2).split(",")) {
                String[] words = component.strip().split("\\s+");
                String name = words[words.length - 1];
                names.append(prefix).append('.').append(name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                        .toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
        }
        return names.toString();
    }

    @Test
    void aSettingsRecordsComponents_areReadAsTheirProperties() {
        String code = settingsProperties("""
                @ConfigurationProperties("resas.example")
                public record ExampleSettings(@Nullable String bucketName, Sweep sweep) {
                    @ConfigurationProperties("sweep")
                    public record Sweep(@Nullable String targetArn) {
                    }
                }
                """);

        assertThat(read("RESAS_EXAMPLE_BUCKET_NAME", code)).isTrue();
        assertThat(read("RESAS_EXAMPLE_SWEEP_TARGET_ARN", code)).isTrue();
        assertThat(read("RESAS_EXAMPLE_PREFIX", code)).isFalse();
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yml")).toList()) {
                    String source = Files.readString(file);
                    code.append(source).append('\n').append(settingsProperties(source));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return code.toString();
    }
}
