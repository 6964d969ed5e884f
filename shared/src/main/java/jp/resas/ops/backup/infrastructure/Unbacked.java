package jp.resas.ops.backup.infrastructure;

import jp.resas.ops.backup.ProtectedResource;

/** A protected resource without a backup job in the collector's window, and the incident it opened (if any yet). */
public record Unbacked(ProtectedResource resource, Long incidentId) {
}
