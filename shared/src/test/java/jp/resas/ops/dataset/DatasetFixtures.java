package jp.resas.ops.dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.Observation;
import jp.resas.ops.dataset.processing.ProcessingContext;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.dataset.processing.VersionSummary;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.municipality.MunicipalityRegister;
import jp.resas.ops.municipality.MunicipalityRegisterLoader;

/** Shipped specs and a one-call way to process bytes with them in tests. */
public final class DatasetFixtures {

    public static final MunicipalityRegister REGISTER = MunicipalityRegisterLoader.shipped();
    public static final Charset SJIS = Charset.forName("windows-31j");
    public static final String ESTABLISHMENTS_HEADER = "市区町村コード,市区町村名,産業大分類コード,産業大分類名,事業所数,従業者数\r\n";

    private DatasetFixtures() {
    }

    public static ProcessingSpec spec(String id) {
        return new ProcessingSpecs().find(new DatasetId(id)).orElseThrow();
    }

    /** The result of processing {@code bytes}: the report and every observation produced. */
    public record Result(ValidationReport report, List<Observation> observations) {
    }

    public static Result process(String specId, byte[] bytes) {
        return process(spec(specId), bytes, Optional.empty());
    }

    public static Result process(ProcessingSpec spec, byte[] bytes, Optional<VersionSummary> previous) {
        List<Observation> observations = new ArrayList<>();
        ProcessingContext context = new ProcessingContext(spec.referenceDay().orElse(LocalDate.now()), REGISTER, null);
        DatasetProcessor.ChunkOutcome outcome = new DatasetProcessor().process(new ByteArrayInputStream(bytes),
                "input.csv", spec, context, observations::add);
        ValidationReport report = DatasetProcessor.complete(spec, "input.csv", List.of(outcome), previous, List.of());
        return new Result(report, observations);
    }

    public static Result establishments(String body) {
        return process("economic-census-establishments", (ESTABLISHMENTS_HEADER + body).getBytes(SJIS));
    }
}
