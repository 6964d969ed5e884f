package jp.resas.ops.dataset.processing;

import java.time.LocalDate;
import java.util.Objects;
import jp.resas.ops.municipality.MunicipalityRegister;

/**
 * What processing needs besides the file: the date codes must exist at, the register of codes, and
 * who to tell about progress (every {@link Progress#EVERY} rows).
 */
public record ProcessingContext(LocalDate referenceDate, MunicipalityRegister register, Progress progress) {

    public ProcessingContext {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(register, "register");
        progress = progress == null ? Progress.NONE : progress;
    }

    /** Told the running row count while a long file is processed. */
    @FunctionalInterface
    public interface Progress {
        long EVERY = 100_000;
        Progress NONE = rows -> { };

        void rows(long rowsSoFar);
    }
}
