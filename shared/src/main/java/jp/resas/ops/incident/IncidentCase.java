package jp.resas.ops.incident;

import jp.resas.ops.common.ConflictException;

/** An incident as the people working it change it: its stage, weight, owner and report. */
public record IncidentCase(IncidentId id, String title, IncidentStatus status, int severity, boolean major,
        String assignee, IncidentReport report, long version) {

    /** @throws ConflictException when the client's copy is older than the record */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw ConflictException.staleVersion(expected, version);
        }
    }
}
