package jp.resas.ops.incident;

public record IncidentId(long value) {

    public IncidentId {
        if (value <= 0) {
            throw new IllegalArgumentException("incident id must be positive, was " + value);
        }
    }
}
