package jp.resas.ops.incident;

/** Where an incident came from. */
public enum IncidentSource {
    ALARM,
    MANUAL,
    PIPELINE
}
