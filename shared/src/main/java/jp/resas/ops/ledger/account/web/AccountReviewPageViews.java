package jp.resas.ops.ledger.account.web;

import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.ledger.account.AccountFlag;
import jp.resas.ops.ledger.account.Decision;
import jp.resas.ops.ledger.account.ReviewItem;
import jp.resas.ops.ledger.account.ReviewRound;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import jp.resas.ops.portal.web.Jst;

/** The view models of the アカウント棚卸し pages; templates only print them. */
final class AccountReviewPageViews {

    private AccountReviewPageViews() {
    }

    record Option(String value, String label) {
    }

    record RoundRow(long id, String href, String title, String startedBy, String startedAt, String dueAt, String status,
            int accounts, int decided) {
    }

    record ListView(List<RoundRow> rows, String nextHref) {
    }

    record ItemRow(long id, String system, String account, String name, String groups, String lastUsed, String mfa,
            String keyAge, String flags, boolean flagged, String dueAt, String sla, boolean overdue, String decision,
            String decisionValue, String note, String decided, long version) {
    }

    record RoundView(long id, String title, String startedBy, String startedAt, String dueAt, int slaHours,
            String status, boolean open, String completed, int accounts, int decided, int flagged, long version,
            List<ItemRow> items, List<Option> decisions, String xlsxHref, String cursor, String nextHref) {
    }

    static String status(ReviewRound.RoundStatus status) {
        return status == ReviewRound.RoundStatus.OPEN ? "実施中" : "完了";
    }

    static RoundRow row(ReviewRound r) {
        return new RoundRow(r.id(), "/portal/ledgers/account-reviews/" + r.id(), r.title(), r.startedBy(),
                Jst.at(r.startedAt()), Jst.at(r.dueAt()), status(r.status()), r.accounts(), r.decided());
    }

    /** The round with one page of its accounts; {@code cursor} the page's own (forms carry it), null on the first. */
    static RoundView round(AccountReviewService.PagedRound paged, String cursor) {
        AccountReviewService.RoundView view = paged.view();
        ReviewRound r = view.round();
        List<ItemRow> items = view.items().stream().map(AccountReviewPageViews::item).toList();
        return new RoundView(r.id(), r.title(), r.startedBy(), Jst.at(r.startedAt()), Jst.at(r.dueAt()),
                r.slaBusinessHours(), status(r.status()), r.status() == ReviewRound.RoundStatus.OPEN,
                r.completedBy() == null ? "—" : r.completedBy() + "（" + Jst.at(r.completedAt()) + "）", r.accounts(),
                r.decided(), paged.flagged(), r.version(), items,
                List.of(Decision.values()).stream().map(d -> new Option(d.name(), d.label())).toList(),
                "/portal/ledgers/account-reviews/" + r.id() + "/export.xlsx", cursor == null ? "" : cursor,
                paged.nextCursor().map(c -> "/portal/ledgers/account-reviews/" + r.id() + "?cursor="
                        + java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8) + "#items-heading")
                        .orElse(null));
    }

    private static ItemRow item(AccountReviewService.ItemView view) {
        ReviewItem i = view.item();
        var a = i.account();
        return new ItemRow(i.id(), a.system(), a.key(), a.name() == null ? "" : a.name(), String.join("、", a.groups()),
                a.lastUsedAt() == null ? "記録なし" : Jst.at(a.lastUsedAt()),
                a.mfa() == null ? "不明" : a.mfa() ? "あり" : "なし",
                a.keyAgeDays() == null ? "" : a.keyAgeDays() + " 日",
                i.flags().stream().map(AccountFlag::label).collect(Collectors.joining("、")), !i.flags().isEmpty(),
                Jst.at(i.dueAt()), sla(view), view.overdue(), i.decision() == null ? "未判定" : i.decision().label(),
                i.decision() == null ? "" : i.decision().name(), i.note() == null ? "" : i.note(),
                i.decidedBy() == null ? "" : i.decidedBy() + "（" + Jst.at(i.decidedAt()) + "）", i.version());
    }

    /** The business time left (or over) as 営業 H 時間 M 分. */
    private static String sla(AccountReviewService.ItemView view) {
        long minutes = Math.abs(view.businessMinutesLeft());
        String time = "営業 " + minutes / 60 + " 時間 " + minutes % 60 + " 分";
        if (view.item().decision() != null) {
            return view.overdue() ? "期限後に判定（" + time + " 超過）" : "期限内に判定";
        }
        return view.overdue() ? time + " 超過" : "残り " + time;
    }
}
