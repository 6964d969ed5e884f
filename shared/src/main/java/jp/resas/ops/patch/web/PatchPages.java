package jp.resas.ops.patch.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.patch.infrastructure.PatchService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.portal.web.TableWorkbook;

/** パッチ適用記録 page: the list newest applied first (filters: environment, target, verified; keyset pages) and its .xlsx. */
@Controller("/portal/patches")
@Secured(SecurityRule.IS_ANONYMOUS)
class PatchPages {

    static final List<String> HEADINGS = List.of("ID", "適用日時", "件名", "対象", "環境", "適用者", "変更要求", "解消する脆弱性",
            "記録者", "確認者", "確認日時");

    record Row(long id, String appliedAt, String title, String target, String environment, String appliedBy,
            String changeRequest, String findings, List<Long> findingIds, String recordedBy, String verifiedBy,
            String verifiedAt, boolean verified) {

        static Row of(PatchRecord p) {
            return new Row(p.id(), Jst.at(p.appliedAt()), p.title(), p.target(), switch (p.environment()) {
                case PRODUCTION -> "本番";
                case STAGING -> "検証";
                case DEVELOPMENT -> "開発";
            }, p.appliedBy(), p.changeRequestId() == null ? "—" : "CR-" + p.changeRequestId(),
                    p.findingIds().isEmpty() ? "—" : p.findingIds().stream().map(id -> "#" + id).collect(Collectors.joining(" ")),
                    p.findingIds(), p.recordedBy(), p.verifiedBy() == null ? "未確認" : p.verifiedBy(),
                    p.verifiedAt() == null ? "—" : Jst.at(p.verifiedAt()), p.verified());
        }

        List<String> cells() {
            return List.of(String.valueOf(id), appliedAt, title, target, environment, appliedBy, changeRequest, findings,
                    recordedBy, verifiedBy, verifiedAt);
        }
    }

    record Page(Map<String, String> filters, List<Row> rows, String next, String export) {
    }

    private final PatchService service;

    PatchPages(PatchService service) {
        this.service = service;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(@Nullable @QueryValue String environment, @Nullable @QueryValue String target,
            @Nullable @QueryValue String verified, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = filters(environment, target, verified);
        try {
            Keyset.Page<PatchRecord> page = page(filters, "50", cursor);
            String query = query(filters, null);
            return HttpResponse.ok(Pages.view("patches", user, "security", "パッチ適用記録", new Page(filters,
                    page.items().stream().map(Row::of).toList(),
                    page.nextCursor().map(c -> "/portal/patches?" + query(filters, c)).orElse(null),
                    "/portal/patches/export.xlsx" + (query.isEmpty() ? "" : "?" + query))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filter", filters, e), Pages.view("patches", user, "security",
                    "パッチ適用記録", new Page(filters, List.of(), null, null)));
        }
    }

    @Get(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> export(@Nullable @QueryValue String environment, @Nullable @QueryValue String target,
            @Nullable @QueryValue String verified, @Nullable Authentication authentication) {
        Pages.user(authentication);
        Map<String, String> filters = filters(environment, target, verified);
        List<List<String>> rows = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Keyset.Page<PatchRecord> page = page(filters, String.valueOf(Keyset.MAX_LIMIT), cursor.orElse(null));
            page.items().forEach(p -> rows.add(Row.of(p).cells()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return TableWorkbook.download(TableWorkbook.write("パッチ適用記録", "パッチ適用記録", HEADINGS, rows), "patches.xlsx",
                "パッチ適用記録.xlsx");
    }

    private Keyset.Page<PatchRecord> page(Map<String, String> f, String limit, String cursor) {
        return service.list(Optional.ofNullable(f.get("environment"))
                        .map(e -> Texts.oneOf("environment", e, PatchRecord.Environment.class)),
                Optional.ofNullable(Texts.optional("target", f.get("target"), 200)), Optional.empty(),
                Optional.ofNullable(f.get("verified")).map("true"::equals), Keyset.request(limit, cursor));
    }

    private static Map<String, String> filters(String environment, String target, String verified) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (environment != null && !environment.isBlank()) {
            filters.put("environment", environment.strip());
        }
        if (target != null && !target.isBlank()) {
            filters.put("target", target.strip());
        }
        if (verified != null && !verified.isBlank()) {
            filters.put("verified", verified.strip());
        }
        return filters;
    }

    private static String query(Map<String, String> filters, String cursor) {
        List<String> parts = new ArrayList<>();
        filters.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        if (cursor != null) {
            parts.add("cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
