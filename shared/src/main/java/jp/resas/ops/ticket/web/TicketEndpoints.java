package jp.resas.ops.ticket.web;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketCursor;
import jp.resas.ops.ticket.TicketDetail;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketQuery;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.TicketTransition;
import jp.resas.ops.ticket.UpdatingTicket;
import jp.resas.ops.ticket.infrastructure.ListedTickets;
import jp.resas.ops.ticket.infrastructure.TicketService;

/**
 * What every kind's controller does, with the kind's rules as the argument: reads and checks the
 * request (400 naming the field), calls the use case and shapes the answer.
 */
@Singleton
public class TicketEndpoints {

    static final int DEFAULT_LIMIT = 50;
    private static final java.time.ZoneId JST = java.time.ZoneId.of("Asia/Tokyo");

    private final TicketService tickets;

    TicketEndpoints(TicketService tickets) {
        this.tickets = tickets;
    }

    public TicketListView list(TicketRules rules, String status, String priority, String assignee, String requester,
            String limit, String cursor) {
        return list(rules, status, priority, assignee, requester, new Period(null, null, null), limit, cursor);
    }

    /** Opened from {@code from} to {@code to} (JST dates, both days included), {@code q} in the title. */
    public record Period(String from, String to, String q) {
    }

    public TicketListView list(TicketRules rules, String status, String priority, String assignee, String requester,
            Period period, String limit, String cursor) {
        Optional<LocalDate> first = Optional.ofNullable(period.from()).map(value -> date("from", value));
        Optional<LocalDate> last = Optional.ofNullable(period.to()).map(value -> date("to", value));
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new InvalidInputException("to", "期間の終わり (to) は始まり (from) 以降の日付を指定してください。");
        }
        ListedTickets listed = tickets.listWithSla(new TicketQuery(rules.kind(),
                Optional.ofNullable(status).map(s -> rules.status("status", s)),
                Optional.ofNullable(priority).map(p -> Texts.oneOf("priority", p, Priority.class)),
                Optional.ofNullable(assignee), Optional.ofNullable(requester),
                first.map(day -> day.atStartOfDay(JST).toInstant()),
                last.map(day -> day.plusDays(1).atStartOfDay(JST).toInstant()),
                Optional.ofNullable(period.q()).map(value -> Texts.optional("q", value, TicketQuery.MAX_TEXT)),
                limit == null ? DEFAULT_LIMIT : limit(limit), Optional.ofNullable(cursor).map(TicketEndpoints::cursor)));
        return new TicketListView(listed.page().items().stream()
                .map(t -> TicketView.of(t, rules, listed.sla().apply(t).orElse(null))).toList(),
                listed.page().next().map(TicketCursor::encode).orElse(null));
    }

    public TicketDetailView get(TicketRules rules, long id) {
        return view(rules, id(id));
    }

    /** A ticket for its page: its timeline one keyset page, newest first; {@code older} the next page's cursor. */
    public record Paged(TicketDetailView view, String older) {
    }

    public Paged page(TicketRules rules, long id, jp.resas.ops.platform.jdbc.Keyset.Request timelinePage) {
        var paged = tickets.detail(rules.kind(), id(id), timelinePage);
        TicketDetail detail = paged.detail();
        return new Paged(new TicketDetailView(TicketView.of(detail.ticket(), rules,
                tickets.sla(detail.ticket()).orElse(null)), detail.timeline(), detail.approvals()),
                paged.olderCursor().orElse(null));
    }

    public TicketDetailView open(TicketRules rules, Requests.Open body, Actor actor) {
        Priority priority = body.priority() == null ? null : Texts.oneOf("priority", body.priority(), Priority.class);
        return view(rules, tickets.open(rules, new NewTicket(body.title(), priority, body.fields(), body.assignee(),
                date("dueDate", body.dueDate())), actor));
    }

    public TicketDetailView transition(TicketRules rules, long id, Requests.Transition body, Actor actor) {
        return view(rules, tickets.transition(rules, id(id),
                new TicketTransition(body.to(), version(body.version()), body.note(), body.fields()), actor));
    }

    public TicketDetailView decide(TicketRules rules, long id, Approval.Decision decision, Requests.Decision body,
            Actor actor) {
        return view(rules, tickets.decide(rules, id(id), decision, version(body.version()), body.comment(), actor));
    }

    public TicketDetailView assign(TicketRules rules, long id, Requests.Assign body, Actor actor) {
        return view(rules, tickets.assign(rules.kind(), id(id), body.assignee(), version(body.version()), actor));
    }

    public TicketDetailView update(TicketRules rules, long id, Requests.Update body, Actor actor) {
        return view(rules, tickets.update(rules, id(id), new UpdatingTicket.Change(version(body.version()),
                Optional.ofNullable(body.title()),
                Optional.ofNullable(body.priority()).map(p -> Texts.oneOf("priority", p, Priority.class)),
                Optional.ofNullable(date("dueDate", body.dueDate()))), actor));
    }

    public TicketEvent comment(TicketRules rules, long id, Requests.Comment body, Actor actor) {
        return tickets.comment(rules.kind(), id(id), body.text(), actor);
    }

    private TicketDetailView view(TicketRules rules, TicketId id) {
        TicketDetail detail = tickets.detail(rules.kind(), id);
        return new TicketDetailView(TicketView.of(detail.ticket(), rules, tickets.sla(detail.ticket()).orElse(null)),
                detail.timeline(), detail.approvals());
    }

    static TicketId id(long id) {
        if (id <= 0) {
            throw new InvalidInputException("id", "ID は正の整数で指定してください。");
        }
        return new TicketId(id);
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "version (取得時の版) を指定してください。");
        }
        return version;
    }

    static LocalDate date(String field, String value) {
        try {
            LocalDate date = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            return jp.resas.ops.common.SaneDates.date(field, date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM-DD 形式の日付で指定してください。");
        }
    }

    private static int limit(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= TicketQuery.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw new InvalidInputException("limit", "limit は 1 から " + TicketQuery.MAX_LIMIT + " の整数で指定してください。");
    }

    private static TicketCursor cursor(String value) {
        try {
            return TicketCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor を指定してください。");
        }
    }
}
