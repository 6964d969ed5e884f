package jp.resas.ops.ledger.asset.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.asset.Asset;
import jp.resas.ops.ledger.asset.AssetCursor;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.AssetPage;
import jp.resas.ops.ledger.asset.AssetQuery;
import jp.resas.ops.ledger.asset.AssetStatus;
import jp.resas.ops.ledger.asset.infrastructure.AssetService;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * 資産管理台帳 on a page: the assets in id order (keyset pages of 50) filtered in the URL by kind, status,
 * owner and a text in name, key or notes, with the date by which something must be done; and the
 * 資産管理台帳.xlsx. Entering and changing assets stays with the API and its CSV import.
 */
@Controller("/portal/ledgers/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
class AssetPages {

    private static final int PAGE = 50;

    private final AssetService assets;
    private final Clock clock;

    AssetPages(AssetService assets, Clock clock) {
        this.assets = assets;
        this.clock = clock;
    }

    record Option(String value, String label, boolean selected) {
    }

    record Row(long id, String kind, String name, String key, String owner, String status, boolean gone,
            String version, String actionBy, boolean soon, String provider, String notes) {
    }

    record ListView(Map<String, String> filters, List<Option> kinds, List<Option> statuses, List<Row> rows,
            String nextHref) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> list(@Nullable @QueryValue String kind,
            @Nullable @QueryValue String status, @Nullable @QueryValue String owner, @Nullable @QueryValue String q,
            @Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("kind", text(kind));
        filters.put("status", text(status));
        filters.put("owner", text(owner));
        filters.put("q", text(q));
        try {
            AssetPage page = assets.list(new AssetQuery(
                    present(kind).map(k -> Texts.oneOf("kind", k, AssetKind.class)),
                    present(status).map(s -> Texts.oneOf("status", s, AssetStatus.class)),
                    present(owner).map(o -> Texts.optional("owner", o, 100)),
                    present(q).map(t -> Texts.optional("q", t, 200)), Optional.empty(),
                    present(cursor).map(AssetPages::cursor), PAGE));
            String query = filters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8) + "&")
                    .collect(Collectors.joining());
            String next = page.next().map(c -> "/portal/ledgers/assets?" + query + "cursor=" + c.encode()).orElse(null);
            LocalDate today = LocalDate.now(clock.withZone(Jst.ZONE));
            return HttpResponse.ok(view(user, filters, page.items().stream().map(a -> row(a, today)).toList(), next));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), view(user, filters, List.of(), null));
        }
    }

    /** 資産管理台帳.xlsx, as the API's export writes it: every asset of every status. */
    @Get(value = "/export.xlsx", produces = AssetController.XLSX)
    HttpResponse<byte[]> export(@Nullable Authentication authentication) {
        Pages.user(authentication);
        return HttpResponse.ok(assets.workbook(LocalDate.now(clock.withZone(Jst.ZONE)))).contentType(AssetController.XLSX)
                .header("Content-Disposition", "attachment; filename=\"asset-ledger.xlsx\"; "
                        + "filename*=UTF-8''%E8%B3%87%E7%94%A3%E7%AE%A1%E7%90%86%E5%8F%B0%E5%B8%B3.xlsx")
                .header("X-Content-Type-Options", "nosniff");
    }

    private ModelAndView<Map<String, Object>> view(PortalUser user, Map<String, String> filters, List<Row> rows,
            String next) {
        List<Option> kinds = Stream.of(AssetKind.values())
                .map(k -> new Option(k.name(), k.label(), k.name().equals(filters.get("kind")))).toList();
        List<Option> statuses = Stream.of(AssetStatus.values())
                .map(s -> new Option(s.name(), s.label(), s.name().equals(filters.get("status")))).toList();
        return Pages.view("assets", user, "ledgers", "資産管理台帳", new ListView(filters, kinds, statuses, rows, next));
    }

    /** The date by which something must be done is marked when it is 60 days away or less. */
    private static Row row(Asset a, LocalDate today) {
        Optional<LocalDate> by = a.actionBy();
        return new Row(a.id(), a.kind().label(), a.name(), a.key(), a.owner() == null ? "" : a.owner(),
                a.status().label(), a.status() != AssetStatus.ACTIVE,
                a.softwareVersion() == null ? "" : a.softwareVersion(), by.map(LocalDate::toString).orElse(""),
                by.map(d -> !d.isAfter(today.plusDays(60))).orElse(false) && a.status() == AssetStatus.ACTIVE,
                a.terms() == null || a.terms().provider() == null ? "" : a.terms().provider(),
                a.notes() == null ? "" : a.notes());
    }

    private static AssetCursor cursor(String value) {
        try {
            return AssetCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "ページの指定が正しくありません。一覧の最初から開き直してください。");
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
