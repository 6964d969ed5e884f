package jp.resas.ops.ledger.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PageWalk;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A review round lists every account of every system: its page shows {@value AccountReviewPages#ITEMS_SHOWN}
 * accounts at a time, flagged ones first, then by due time and account; following 次のページ reaches every
 * account of the round once in that order and none of another round's; the flagged count covers the whole
 * round; a forged cursor is refused with 400 in Japanese.
 */
@PlatformTest
class AccountReviewItemsPageTest {

    private static final int ACCOUNTS = 130;
    private static final Pattern ACCOUNT = Pattern.compile("<span>pg-(\\d{4})</span>");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private long round;

    @BeforeEach
    void aRoundOfManyAccounts_besideAnotherRound() {
        sql.update("""
                INSERT INTO review_account (source, system, account_key, name, status, seen_at)
                SELECT 'CSV', 'sys-paging', 'pg-' || lpad(n::text, 4, '0'), '利用者 ' || n, 'ACTIVE', now()
                FROM generate_series(1, ?) n ON CONFLICT DO NOTHING""", ACCOUNTS);
        round = newRound();
        long other = newRound();
        // every seventh account is flagged; due times fall on three days, so many items share one
        sql.update("""
                INSERT INTO account_review_item (round_id, account_id, flags, due_at)
                SELECT ?, a.id, CASE WHEN n % 7 = 0 THEN ARRAY['NO_MFA'] ELSE ARRAY[]::text[] END,
                       TIMESTAMPTZ '2026-12-01T09:00:00+09:00' + (n % 3) * interval '1 day'
                FROM review_account a, LATERAL (SELECT substr(a.account_key, 4)::int AS n) k
                WHERE a.system = 'sys-paging'""", round);
        sql.update("""
                INSERT INTO account_review_item (round_id, account_id, due_at)
                SELECT ?, id, TIMESTAMPTZ '2026-12-01T09:00:00+09:00' FROM review_account
                WHERE system = 'sys-paging' AND account_key <= 'pg-0020'""", other);
    }

    private long newRound() {
        return sql.queryOne("""
                INSERT INTO account_review_round (title, started_by, started_at, sla_business_hours, due_at, status)
                VALUES ('年次棚卸し', 'kato', now(), 40, now() + interval '14 days', 'OPEN') RETURNING id""",
                r -> r.getLong(1)).orElseThrow();
    }

    @Test
    void pagesWalkEveryAccountOnce_flaggedFirst_eachPageBounded() throws Exception {
        PageWalk.Walk walk = new PageWalk(server.getPort(), "sato", "operator")
                .walk("/portal/ledgers/account-reviews/" + round, ACCOUNT);

        List<Integer> seen = walk.rows().stream().map(Integer::valueOf).toList();
        List<Integer> expected = IntStream.rangeClosed(1, ACCOUNTS).boxed()
                .sorted(Comparator.comparing((Integer n) -> n % 7 != 0).thenComparing(n -> n % 3)
                        .thenComparing(n -> n)).toList();
        assertThat(walk.paths()).hasSize(ACCOUNTS / AccountReviewPages.ITEMS_SHOWN + 1);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(walk.paths().get(1)).startsWith("/portal/ledgers/account-reviews/" + round + "?cursor=");
    }

    @Test
    void aDecisionOnALaterPage_returnsToThatPage_andTheCountsCoverTheRound() throws Exception {
        PageWalk pages = new PageWalk(server.getPort(), "sato", "operator");
        String first = pages.get("/portal/ledgers/account-reviews/" + round).body();
        assertThat(first).contains("0 / " + ACCOUNTS + " 件（要注意 " + (ACCOUNTS / 7) + " 件）");
        String second = PageWalk.next(first);
        String page = pages.get(second).body();
        String cursor = java.net.URLDecoder.decode(second.substring(second.indexOf("cursor=") + "cursor=".length(),
                second.indexOf('#')), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"cursor\" value=\"" + cursor + "\"");
        java.util.regex.Matcher item = Pattern.compile("id=\"item-(\\d+)\"").matcher(page);
        assertThat(item.find()).isTrue();
        long itemId = Long.parseLong(item.group(1));

        var answer = pages.post("/portal/ledgers/account-reviews/" + round + "/items/" + itemId,
                java.util.Map.of("decision", "KEEP", "version", "0", "note", "", "cursor", cursor));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        String back = answer.headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith("/portal/ledgers/account-reviews/" + round + "?cursor=").endsWith("#item-" + itemId);
        String after = pages.get(back).body();
        assertThat(PageWalk.matches(after, ACCOUNT)).isEqualTo(PageWalk.matches(page, ACCOUNT));
        assertThat(after).contains("1 / " + ACCOUNTS + " 件");
    }

    @Test
    void aForgedCursor_isRefusedWith400_inJapanese() throws Exception {
        new PageWalk(server.getPort(), "sato", "operator")
                .refusesForgedCursor("/portal/ledgers/account-reviews/" + round + "?cursor=", ACCOUNT);
    }
}
