package jp.resas.ops.incident;

import java.time.Clock;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.InvalidInputException;

/** An operator writes a note on an incident's timeline; the note and the audit entry go together. */
public final class AddingNote {

    public static final int MAX_LENGTH = 4000;

    private final Incidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    public AddingNote(Incidents incidents, AuditLog audit, Clock clock) {
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws InvalidInputException when the text is blank or too long */
    public TimelineEntry add(IncidentId id, String actor, String text, String source) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "メモの本文を入力してください。");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "メモは " + MAX_LENGTH + " 文字以内で入力してください。");
        }
        TimelineEntry entry = new TimelineEntry(clock.instant(), "NOTE", actor, text.strip());
        if (!incidents.appendTimeline(id, entry)) {
            throw new IncidentNotFoundException(id);
        }
        audit.append(new AuditEntry(actor, "incident.note.add", "incident", String.valueOf(id.value()),
                Map.of("text", entry.message()), source));
        return entry;
    }
}
