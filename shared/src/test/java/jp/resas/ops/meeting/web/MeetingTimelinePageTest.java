package jp.resas.ops.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.PageWalk;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A meeting's timeline grows with every edit, submission, return and reminder: its page shows the newest
 * {@value MeetingPages#TIMELINE_SHOWN} entries; following 次のページ reaches every entry of that meeting once,
 * newest first, and none of another meeting's; a forged cursor is refused with 400 in Japanese.
 */
@PlatformTest
class MeetingTimelinePageTest {

    private static final int ENTRIES = 110;
    private static final Pattern ENTRY = Pattern.compile("会議経緯の頁送り (\\d+) 件目");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    private long meeting;

    @BeforeEach
    void aMeetingWithALongTimeline_besideAnother() {
        meeting = record();
        long other = record();
        // Every third entry shares its time with the one before: the page key must tell them apart by id.
        sql.update("""
                INSERT INTO meeting_timeline (meeting_id, at, kind, actor, message)
                SELECT ?, now() + (n - n % 3 / 2) * interval '1 minute', 'EDITED', 'sato', '会議経緯の頁送り ' || n || ' 件目'
                FROM generate_series(1, ?) n""", meeting, ENTRIES);
        sql.update("""
                INSERT INTO meeting_timeline (meeting_id, at, kind, actor, message)
                SELECT ?, now() + n * interval '1 minute', 'EDITED', 'sato', '会議経緯の頁送り ' || (1000 + n) || ' 件目'
                FROM generate_series(1, 20) n""", other);
    }

    private long record() {
        return new Api(http).post("/meetings", Map.of("kind", "MONTHLY", "title", "月次定例会", "startsAt",
                "2026-11-20T14:00", "endsAt", "2026-11-20T15:30", "ownerAttendees", List.of("主管課 木村"),
                "operatorAttendees", List.of("佐藤"), "agenda", "1. 稼働状況", "decisions", "なし", "actionItems",
                List.of()), "sato", "operator").id();
    }

    @Test
    void pagesWalkEveryEntryOnce_newestFirst_eachPageBounded() throws Exception {
        PageWalk.Walk walk = new PageWalk(server.getPort(), "kimura", "viewer").walk("/portal/meetings/" + meeting, ENTRY);

        List<Integer> seen = walk.rows().stream().map(Integer::valueOf).toList();
        assertThat(walk.paths()).hasSize(ENTRIES / MeetingPages.TIMELINE_SHOWN + 1);
        assertThat(seen).hasSize(ENTRIES).doesNotHaveDuplicates().allMatch(n -> n <= ENTRIES)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(walk.paths().get(1)).startsWith("/portal/meetings/" + meeting + "?cursor=");
    }

    @Test
    void aForgedCursor_isRefusedWith400_inJapanese() throws Exception {
        new PageWalk(server.getPort(), "kimura", "viewer").refusesForgedCursor("/portal/meetings/" + meeting + "?cursor=",
                ENTRY);
    }
}
