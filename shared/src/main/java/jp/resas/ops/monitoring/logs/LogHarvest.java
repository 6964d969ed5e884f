package jp.resas.ops.monitoring.logs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.Harvest;

public record LogHarvest(LocalDate day, Map<String, Long> errorsBySource, List<Signature> signatures,
        Optional<Long> serverErrors, List<String> missing) implements Harvest {

    public record Signature(String signature, long occurrences, String sample, String source) {
    }

    public LogHarvest {
        errorsBySource = Map.copyOf(errorsBySource);
        signatures = List.copyOf(signatures);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("errorSources", errorsBySource.size(), "errorSignatures", signatures.size(),
                "errors", (int) errorsBySource.values().stream().mapToLong(Long::longValue).sum());
    }
}
