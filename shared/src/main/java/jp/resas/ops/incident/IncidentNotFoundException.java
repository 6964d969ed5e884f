package jp.resas.ops.incident;

public final class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(IncidentId id) {
        super("incident " + id.value() + " does not exist");
    }
}
