package jp.resas.ops.dataset.processing;

import static jp.resas.ops.dataset.DatasetFixtures.establishments;
import static jp.resas.ops.dataset.DatasetFixtures.process;
import static jp.resas.ops.dataset.DatasetFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.dataset.DatasetFixtures.Result;
import jp.resas.ops.dataset.ProcessingSpecs;
import org.junit.jupiter.api.Test;

class ProcessingTest {

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ProcessingSpecs.sample(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shippedEstablishmentsSample_passes_withSuppressedAndMissingCellsTyped() throws IOException {
        Result result = process("economic-census-establishments", sample("economic-census-establishments_31.csv"));
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().rows()).isEqualTo(6 + 19 * 6);
        assertThat(result.observations()).hasSize(2 * (6 + 19 * 6));
        assertThat(result.observations()).filteredOn(o -> o.status() == ValueStatus.SUPPRESSED)
                .singleElement().satisfies(o -> {
                    assertThat(o.value()).isNull();
                    assertThat(o.measure()).isEqualTo("employees");
                });
        assertThat(result.observations()).filteredOn(o -> o.status() == ValueStatus.MISSING).hasSize(2)
                .allMatch(o -> o.value() == null);
    }

    @Test
    void sixDigitCodes_areNormalisedToFiveDigits_withThePeriodFromTheSpec() {
        Result result = establishments("312011,鳥取市,D,建設業,\"1,234\",900\r\n");
        assertThat(result.observations()).extracting(Observation::area, Observation::period, Observation::category,
                Observation::measure, Observation::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("31201", "2021", "D", "establishments", "1234"),
                org.assertj.core.groups.Tuple.tuple("31201", "2021", "D", "employees", "900"));
    }

    @Test
    void vendorWideFile_becomesOneObservationPerPrefectureAndMonth() throws IOException {
        Result result = process("vendor-visitors", sample("vendor-visitors_2024.csv"));
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.observations()).hasSize(47 * 12);
        assertThat(result.observations()).filteredOn(o -> o.area().equals("31000") && o.period().equals("2024-02"))
                .singleElement().extracting(Observation::status).isEqualTo(ValueStatus.SUPPRESSED);
        assertThat(result.observations()).extracting(Observation::area).contains("01000", "47000");
    }

    @Test
    void estatPages_areReadValueByValue_numberedAcrossPages_andAddUpOnceMerged() throws Exception {
        var spec = spec("census-population");
        var context = new ProcessingContext(spec.referenceDay().orElseThrow(), jp.resas.ops.dataset.DatasetFixtures.REGISTER, null);
        java.util.List<Observation> observations = new java.util.ArrayList<>();
        java.util.List<DatasetProcessor.ChunkOutcome> chunks = new java.util.ArrayList<>();
        long first = 1;
        for (String page : java.util.List.of("census-population_p1.json", "census-population_p2.json")) {
            try (var source = DatasetProcessor.open(ProcessingSpecs.sample(page), spec, first)) {
                chunks.add(new DatasetProcessor().process(source, page, spec, context, observations::add));
            }
            first = 31;
        }
        ValidationReport report = DatasetProcessor.complete(spec, "census-population", chunks, Optional.empty(), java.util.List.of());
        assertThat(report.findings()).isEmpty();
        assertThat(observations).hasSize(60).allMatch(o -> o.period().equals("2020"));
        assertThat(observations.get(0)).extracting(Observation::area, Observation::category, Observation::line)
                .containsExactly("32000", "0", 1L);
        assertThat(observations.get(30).line()).isEqualTo(31L);
    }

    @Test
    void mergedAwayMunicipality_isValid_whenTheDataPredatesTheMerger() {
        var old = new jp.resas.ops.dataset.spec.ProcessingSpec("old-establishments", 1,
                spec("economic-census-establishments").source(), "2001-10-01", Map.of("period", "2001"),
                spec("economic-census-establishments").columns(), spec("economic-census-establishments").symbols(),
                java.util.List.of(), null);
        String file = jp.resas.ops.dataset.DatasetFixtures.ESTABLISHMENTS_HEADER + "013391,戸井町,D,建設業,10,40\r\n";
        Result result = process(old, file.getBytes(jp.resas.ops.dataset.DatasetFixtures.SJIS), Optional.empty());
        assertThat(result.report().passed()).isTrue();
        assertThat(result.observations()).extracting(Observation::area).containsOnly("01339");
    }

    @Test
    void changeBeyondTheDriftTolerance_isAWarningForTheApprover() {
        VersionSummary previous = new VersionSummary(2, Map.of("establishments", 100.0, "employees", 900.0));
        Result result = process(spec("economic-census-establishments"),
                (jp.resas.ops.dataset.DatasetFixtures.ESTABLISHMENTS_HEADER + "312011,鳥取市,D,建設業,150,900\r\n")
                        .getBytes(jp.resas.ops.dataset.DatasetFixtures.SJIS), Optional.of(previous));
        assertThat(result.report().passed()).isTrue();
        assertThat(result.report().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.rule()).isEqualTo("value-drift");
            assertThat(finding.column()).isEqualTo("establishments");
        });
    }
}
