package jp.resas.ops.incident;

/** An incident a person raises by hand (a user report, a fault seen in a review). */
public record NewIncident(String title, int severity, boolean major, String impact) {
}
