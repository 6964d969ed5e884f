package jp.resas.ops.eos.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.eos.EosItem;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.Upgrade;
import jp.resas.ops.eos.infrastructure.EosService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.portal.web.TableWorkbook;

/**
 * サポート終了カレンダー page: every item soonest end first (filters: system, within N days, upgraded ones too),
 * its days left, source and reviewer, the latest upgrade and its test result; and its .xlsx export.
 */
@Controller("/portal/eos")
@Secured(SecurityRule.IS_ANONYMOUS)
class EosPages {

    static final List<String> HEADINGS = List.of("ID", "システム", "種別", "名称", "版", "サポート終了日", "残日数", "出典",
            "確認者", "確認日", "バージョンアップ", "試験結果", "備考");

    /** One line of the calendar as the page and the export show it. */
    record Row(long id, String system, String category, String name, String version, String endsOn, long daysLeft,
            String urgency, String urgencyClass, String sourceUrl, String reviewedBy, String reviewedOn, boolean reviewed,
            String upgrade, String test, String note) {

        List<String> cells() {
            return List.of(String.valueOf(id), system, category, name, version, endsOn, String.valueOf(daysLeft), sourceUrl,
                    reviewed ? reviewedBy : "未確認（初期登録のまま）", reviewed ? reviewedOn : "", upgrade, test, note);
        }
    }

    /** A version the configuration ledger finds deployed, with its calendar item or 未登録. */
    record InUseRow(String category, String key, int resources, String accounts, Long itemId, String item, String endsOn,
            Long daysLeft, boolean reviewed, String addLink) {
    }

    /** What one system runs: the snapshot read and its versions. */
    record InUse(String system, String label, List<InUseRow> rows) {

        public long unregistered() {
            return rows.stream().filter(r -> r.itemId() == null).count();
        }
    }

    record Page(Map<String, String> filters, List<Row> rows, String export, String snapshot, List<InUse> inUse) {

        /** How many of the shown items still carry the seed's date that no administrator has checked. */
        public long unreviewed() {
            return rows.stream().filter(r -> !r.reviewed()).count();
        }
    }

    private final EosService service;
    private final Clock clock;

    EosPages(EosService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> calendar(@Nullable @QueryValue String system, @Nullable @QueryValue String within,
            @Nullable @QueryValue String retired, @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "system", system);
        put(filters, "within", within);
        put(filters, "retired", retired);
        try {
            List<Row> rows = rows(filters);
            String query = String.join("&", filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            EosService.InUse inUse = service.inUse(Optional.ofNullable(filters.get("system"))
                    .map(s -> Texts.oneOf("system", s, EosSystem.class)));
            return HttpResponse.ok(Pages.view("eos", user, "security", "サポート終了カレンダー", new Page(filters, rows,
                    "/portal/eos/export.xlsx" + (query.isEmpty() ? "" : "?" + query), snapshot(inUse), inUse(inUse))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filter", filters, e), Pages.view("eos", user, "security",
                    "サポート終了カレンダー", new Page(filters, List.of(), null, null, List.of())));
        }
    }

    @Get(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> export(@Nullable @QueryValue String system, @Nullable @QueryValue String within,
            @Nullable @QueryValue String retired, @Nullable Authentication authentication) {
        Pages.user(authentication);
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "system", system);
        put(filters, "within", within);
        put(filters, "retired", retired);
        return TableWorkbook.download(TableWorkbook.write("サポート終了カレンダー", "サポート終了カレンダー（" + Jst.date(today())
                + " 現在）", HEADINGS, rows(filters).stream().map(Row::cells).toList()), "end-of-support.xlsx",
                "サポート終了カレンダー.xlsx");
    }

    private List<Row> rows(Map<String, String> filters) {
        Optional<EosSystem> system = Optional.ofNullable(filters.get("system"))
                .map(s -> Texts.oneOf("system", s, EosSystem.class));
        Optional<LocalDate> endingBy = Optional.ofNullable(filters.get("within")).map(w -> {
            try {
                int days = Integer.parseInt(w);
                if (days < 1 || days > 3650) {
                    throw new NumberFormatException();
                }
                return today().plusDays(days);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("within", "残日数は 1 から 3650 の日数で指定してください。");
            }
        });
        List<Row> rows = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Keyset.Page<EosItem> page = service.list(system, endingBy, "true".equals(filters.get("retired")),
                    Keyset.request(String.valueOf(Keyset.MAX_LIMIT), cursor.orElse(null)));
            page.items().forEach(i -> rows.add(row(i)));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return rows;
    }

    private Row row(EosItem item) {
        long left = item.daysLeft(today());
        String urgency = item.retired() ? "更新済" : left < 0 ? "終了済" : left <= 30 ? "30日以内" : left <= 90 ? "90日以内"
                : left <= 180 ? "180日以内" : "";
        String urgencyClass = item.retired() ? "tag-ok" : left <= 30 ? "tag-error" : left <= 180 ? "tag-warning" : "";
        Upgrade latest = service.item(item.id()).upgrades().stream().max(Comparator.comparingLong(Upgrade::id)).orElse(null);
        String upgrade = latest == null ? "未計画" : "CR-" + latest.changeRequestId() + " → " + latest.targetVersion() + "（"
                + switch (latest.status()) {
                    case PLANNED -> "計画";
                    case TESTED -> "試験済";
                    case DONE -> "完了";
                } + "）";
        String test = latest == null || latest.test() == null ? "—" : (latest.test().result() == Upgrade.TestResult.PASSED
                ? "合格" : "不合格") + "（" + latest.test().environment() + "、" + latest.test().testedBy() + "）";
        return new Row(item.id(), item.system().label(), item.category().label(), item.name(), item.productVersion(),
                Jst.date(item.endsOn()), left, urgency, urgencyClass, item.sourceUrl(), item.reviewedBy(),
                Jst.date(LocalDate.ofInstant(item.reviewedAt(), Jst.ZONE)), item.reviewed(), upgrade, test,
                item.note() == null ? "" : item.note());
    }

    private static String snapshot(EosService.InUse inUse) {
        return inUse.snapshotId() == null ? null : "構成管理台帳のスナップショット #" + inUse.snapshotId() + "（"
                + Jst.at(inUse.takenAt()) + " 取得）";
    }

    /** RESAS first, then RESAS Ops, each with the versions it runs (a system running nothing known is left out). */
    private static List<InUse> inUse(EosService.InUse inUse) {
        List<InUse> systems = new ArrayList<>();
        for (EosSystem system : EosSystem.values()) {
            List<InUseRow> rows = inUse.lines().stream().filter(l -> l.version().system() == system).map(l -> {
                var v = l.version();
                EosItem i = l.item();
                return new InUseRow(v.category().label(), v.key(), v.resources(), String.join("、", v.accounts()),
                        i == null ? null : i.id(), i == null ? null : i.label(), i == null ? null : Jst.date(i.endsOn()),
                        l.daysLeft(), i != null && i.reviewed(), "/portal/eos/new?system=" + system.name() + "&category="
                                + v.category().name() + "&runtimeKey=" + java.net.URLEncoder.encode(v.key(),
                                        java.nio.charset.StandardCharsets.UTF_8));
            }).toList();
            if (!rows.isEmpty()) {
                systems.add(new InUse(system.name(), system.label(), rows));
            }
        }
        return systems;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Jst.ZONE));
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }
}
