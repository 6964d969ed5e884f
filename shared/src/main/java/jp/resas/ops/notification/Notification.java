package jp.resas.ops.notification;

/**
 * One message to people: a page (severity 1–2, at once), an escalation (the page was not
 * acknowledged in time), a digest (severity 3–4, business hours) or a report that is ready.
 *
 * @param contact who it is for; null when the rota names nobody (it still goes to the topic)
 */
public record Notification(Kind kind, String subject, String body, Contact contact, String portalLink) {

    public enum Kind {
        PAGE,
        ESCALATION,
        DIGEST,
        REPORT
    }
}
