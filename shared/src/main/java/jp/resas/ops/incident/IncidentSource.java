package jp.resas.ops.incident;

/** Where an incident came from. */
public enum IncidentSource {
    ALARM,
    MANUAL,
    PIPELINE,
    /** A collector that failed repeatedly. */
    COLLECTOR,
    /** A cost budget threshold crossed by actual or forecast cost. */
    BUDGET
}
