package jp.resas.ops.municipality;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Every municipality and prefecture code known, with when each was in use. Immutable; safe to share. */
public final class MunicipalityRegister {

    private final Map<String, Municipality> byCode;

    public MunicipalityRegister(Map<String, Municipality> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public Optional<Municipality> find(LocalGovernmentCode code) {
        return Optional.ofNullable(byCode.get(code.fiveDigits()));
    }

    /** The whole country (00000) always exists; other codes when their history says so. */
    public boolean existsAt(LocalGovernmentCode code, LocalDate date) {
        if (code.isNational()) {
            return true;
        }
        Municipality municipality = byCode.get(code.fiveDigits());
        return municipality != null && municipality.existsAt(date);
    }

    public boolean isWard(LocalGovernmentCode code) {
        Municipality municipality = byCode.get(code.fiveDigits());
        return municipality != null && municipality.ward();
    }

    public int size() {
        return byCode.size();
    }
}
