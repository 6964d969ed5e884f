package jp.resas.ops.dataset.processing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.resas.ops.dataset.DatasetFixtures;
import jp.resas.ops.dataset.spec.ProcessingSpec;

/**
 * Run by {@link BoundedReadTest} in a child JVM with a small heap: validates a file streamed from disk with
 * a shipped spec and writes each finding as {@code rule<TAB>line<TAB>column}, then the observation count.
 * Arguments: spec id, input file, output file.
 */
public final class BoundedReadMain {

    private BoundedReadMain() {
    }

    public static void main(String[] args) throws IOException {
        ProcessingSpec spec = DatasetFixtures.spec(args[0]);
        Path input = Path.of(args[1]);
        AtomicLong observations = new AtomicLong();
        ProcessingContext context = new ProcessingContext(spec.referenceDay().orElseThrow(), DatasetFixtures.REGISTER, null);
        DatasetProcessor.ChunkOutcome outcome;
        try (InputStream in = Files.newInputStream(input)) {
            outcome = new DatasetProcessor().process(in, input.getFileName().toString(), spec, context,
                    observation -> observations.incrementAndGet());
        }
        ValidationReport report = DatasetProcessor.complete(spec, input.getFileName().toString(), List.of(outcome),
                Optional.empty(), List.of());
        StringBuilder out = new StringBuilder();
        report.findings().forEach(f -> out.append(f.rule()).append('\t').append(f.line()).append('\t')
                .append(f.column()).append('\n'));
        out.append("observations\t").append(observations.get()).append('\n');
        Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
    }
}
