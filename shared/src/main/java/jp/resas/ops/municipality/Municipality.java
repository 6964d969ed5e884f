package jp.resas.ops.municipality;

import java.util.List;

/** A code, its latest known name, whether it is a ward of a designated city, and the periods it was in use. */
public record Municipality(LocalGovernmentCode code, String name, boolean ward, List<Validity> validity) {

    public Municipality {
        validity = List.copyOf(validity);
    }

    public boolean existsAt(java.time.LocalDate date) {
        return validity.stream().anyMatch(period -> period.covers(date));
    }
}
