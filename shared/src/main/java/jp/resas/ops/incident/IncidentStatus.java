package jp.resas.ops.incident;

/** The lifecycle: detected, worked around (暫定対応), cause found (原因調査), fixed (恒久対応), closed. */
public enum IncidentStatus {
    DETECTED,
    MITIGATED,
    ROOT_CAUSE_IDENTIFIED,
    RESOLVED,
    CLOSED
}
