package jp.resas.ops.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PageWalk;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ticket worked for months gathers comments without bound: its page shows the newest
 * {@value TicketPages#TIMELINE_SHOWN} timeline entries; following 次のページ reaches every entry of that ticket
 * once, newest first, and none of another ticket's; a forged cursor is refused with 400 in Japanese.
 */
@PlatformTest
class TicketTimelinePageTest {

    private static final int ENTRIES = 120;
    private static final Pattern ENTRY = Pattern.compile("経緯の頁送り (\\d+) 件目");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private long ticket;

    @BeforeEach
    void aLongWorkedInquiry_besideAnother() {
        ticket = inquiry();
        long other = inquiry();
        // Every fourth entry shares its time with the one before: the page key must tell them apart by id.
        sql.update("""
                INSERT INTO ticket_timeline (ticket_id, at, kind, actor, message)
                SELECT ?, now() - interval '60 days' + (n - n % 4 / 3) * interval '1 hour', 'COMMENT', 'sato',
                       '経緯の頁送り ' || n || ' 件目'
                FROM generate_series(1, ?) n""", ticket, ENTRIES);
        sql.update("""
                INSERT INTO ticket_timeline (ticket_id, at, kind, actor, message)
                SELECT ?, now() - n * interval '1 hour', 'COMMENT', 'sato', '経緯の頁送り ' || (1000 + n) || ' 件目'
                FROM generate_series(1, 30) n""", other);
    }

    private long inquiry() {
        return sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('INQUIRY', '長く続く問合せ', 'LOW', 'NEW', 'kato', now() - interval '61 days') RETURNING id",
                r -> r.getLong(1)).orElseThrow();
    }

    @Test
    void pagesWalkEveryEntryOnce_newestFirst_eachPageBounded() throws Exception {
        PageWalk.Walk walk = new PageWalk(server.getPort(), "sato", "operator")
                .walk("/portal/inquiries/" + ticket, ENTRY);

        List<Integer> seen = walk.rows().stream().map(Integer::valueOf).toList();
        assertThat(walk.paths()).hasSize(ENTRIES / TicketPages.TIMELINE_SHOWN + 1);
        assertThat(seen).hasSize(ENTRIES).doesNotHaveDuplicates().allMatch(n -> n <= ENTRIES)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(walk.paths().get(1)).startsWith("/portal/inquiries/" + ticket + "?cursor=");
    }

    @Test
    void aForgedCursor_isRefusedWith400_inJapanese() throws Exception {
        new PageWalk(server.getPort(), "sato", "operator")
                .refusesForgedCursor("/portal/inquiries/" + ticket + "?cursor=", ENTRY);
    }
}
