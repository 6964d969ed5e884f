package jp.resas.ops.local.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.local.runtime.UsableDataDirectory;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Validates a file by its dataset's processing spec, as a run would, and prints the report; records nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a raw file against its dataset's processing spec; print the report as JSON.")
final class ValidateCommand implements Callable<Integer> {

    static final int INVALID = 1;
    static final int UNUSABLE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--dataset", required = true, paramLabel = "ID", description = "Dataset id, e.g. economic-census-establishments.")
    String dataset;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The raw file (CSV, or an e-Stat JSON page).")
    Path file;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "Date codes must exist at (default: the spec's).")
    LocalDate referenceDate;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file) || !Files.isRegularFile(file)) {
            spec.commandLine().getErr().printf("Cannot read %s%n", file);
            return UNUSABLE;
        }
        InputStream input;
        try {
            input = Files.newInputStream(file);
        } catch (IOException e) {
            spec.commandLine().getErr().printf("Cannot read %s: %s%n", file, e.getMessage());
            return UNUSABLE;
        }
        LocalPlatform started;
        try {
            UsableDataDirectory.require(options.dataDirectory());
            started = options.start();
        } catch (RuntimeException e) {
            input.close();
            spec.commandLine().getErr().printf("Cannot validate: %s%n", e.getMessage());
            return UNUSABLE;
        }
        try (LocalPlatform platform = started; InputStream in = input) {
            ValidationReport report = platform.context().getBean(PipelineService.class).dryRun(dataset, in,
                    file.getFileName().toString(), referenceDate,
                    rows -> spec.commandLine().getErr().printf("validate: %,d rows%n", rows));
            spec.commandLine().getOut().println(new ObjectMapper().findAndRegisterModules()
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return report.passed() ? 0 : INVALID;
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return UNUSABLE;
        } catch (java.io.UncheckedIOException e) {
            spec.commandLine().getErr().printf("Cannot read %s: %s%n", file, e.getCause().getMessage());
            return UNUSABLE;
        }
    }
}
