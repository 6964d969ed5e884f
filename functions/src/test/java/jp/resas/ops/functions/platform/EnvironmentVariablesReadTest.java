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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.resas.ops.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Every variable the catalogue lets a stack set on a function (CatalogueTemplatesTest checks the stacks set
 * exactly those) is one the code reads: by its name ({@code LambdaPlatform}, the migration handler) or as the
 * Micronaut property it becomes ({@code RESAS_METRICS_API_ID} → {@code resas.metrics.api-id}, each {@code _} a
 * {@code .} or {@code -}) in a {@code @Value}, a property name or {@code application.yml}. Powertools reads its own.
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

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yml")).toList()) {
                    code.append(Files.readString(file)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return code.toString();
    }
}
