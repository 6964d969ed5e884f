package jp.resas.ops.ledger.configuration.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.Snapshot;
import jp.resas.ops.ledger.configuration.SnapshotFilter;
import jp.resas.ops.ledger.configuration.SnapshotLink;
import jp.resas.ops.ledger.configuration.SnapshotSummary;
import jp.resas.ops.ledger.configuration.infrastructure.ConfigurationService;
import jp.resas.ops.ledger.configuration.web.ConfigurationPageViews.Option;
import jp.resas.ops.ledger.configuration.web.ConfigurationPageViews.Side;
import jp.resas.ops.monitored.MonitoredAccount;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalRefusal;
import jp.resas.ops.portal.web.PortalUser;

/**
 * 構成管理台帳 on pages: the snapshots (newest first, keyset pages of 50, filtered in the URL by source,
 * period, and the account, region or stack their diff touched), one snapshot with its resources and its
 * diff against the previous one, its .xlsx, and the snapshots before and after a change request (変更要求)
 * with the diff between them (named by operators and admins). Calls the service the API calls.
 */
@Controller("/portal/ledgers/configuration")
@Secured(SecurityRule.IS_ANONYMOUS)
class ConfigurationPages {

    private static final String CURSOR_KEY = "configuration_snapshot.id";
    private static final List<String> FILTERS = List.of("source", "account", "region", "stack", "from", "to");

    private final ConfigurationService configuration;
    private final List<String> accounts;
    private final Clock clock;

    ConfigurationPages(ConfigurationService configuration, MonitoredSystem system, Clock clock) {
        this.configuration = configuration;
        this.accounts = system.accounts().stream().map(MonitoredAccount::name).toList();
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> list(@Nullable @QueryValue String source,
            @Nullable @QueryValue String account, @Nullable @QueryValue String region, @Nullable @QueryValue String stack,
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = filters(source, account, region, stack, from, to);
        try {
            SnapshotFilter filter = SnapshotQueries.of(source, account, region, stack, from, to);
            Keyset.Request request = Keyset.request("50", blank(cursor));
            List<SnapshotSummary> rows = configuration.list(filter, Keyset.afterNumber(CURSOR_KEY, request),
                    request.limit() + 1);
            boolean more = rows.size() > request.limit();
            List<SnapshotSummary> page = more ? rows.subList(0, request.limit()) : rows;
            String next = more ? "/portal/ledgers/configuration?" + query(filters) + (query(filters).isEmpty() ? "" : "&")
                    + "cursor=" + Keyset.encode(CURSOR_KEY, page.get(page.size() - 1).id()) : null;
            return HttpResponse.ok(listPage(user, filters, page.stream().map(ConfigurationPageViews::row).toList(), next,
                    filter.byScope()));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), listPage(user, filters, List.of(), null, false));
        }
    }

    @Get(value = "/snapshots/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> snapshot(@PathVariable long id, @Nullable @QueryValue String account,
            @Nullable @QueryValue String region, @Nullable @QueryValue String stack,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Snapshot snapshot = Pages.found(() -> configuration.get(id));
        Map<String, String> filters = filters(null, account, region, stack, null, null);
        String query = query(filters).isEmpty() ? "" : "?" + query(filters);
        try {
            SnapshotFilter filter = SnapshotQueries.of(null, account, region, stack, null, null);
            return HttpResponse.ok(Pages.view("configuration-snapshot", user, "ledgers", "構成管理台帳 スナップショット " + id,
                    ConfigurationPageViews.detail(snapshot, filter, filters, accountOptions(filters), query)));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), Pages.view("configuration-snapshot", user, "ledgers",
                    "構成管理台帳 スナップショット " + id, ConfigurationPageViews.detail(snapshot, SnapshotFilter.ALL, filters,
                            accountOptions(filters), "")));
        }
    }

    /** 構成管理台帳.xlsx of one snapshot, as the API's export writes it. */
    @Get(value = "/snapshots/{id}/export.xlsx", produces = ConfigurationController.XLSX)
    HttpResponse<byte[]> export(@PathVariable long id, @Nullable Authentication authentication) {
        Pages.user(authentication);
        byte[] workbook = Pages.found(() -> configuration.workbook(id, LocalDate.now(clock.withZone(Jst.ZONE))));
        return HttpResponse.ok(workbook).contentType(ConfigurationController.XLSX)
                .header("Content-Disposition", "attachment; filename=\"configuration-ledger-" + id + ".xlsx\"; "
                        + "filename*=UTF-8''%E6%A7%8B%E6%88%90%E7%AE%A1%E7%90%86%E5%8F%B0%E5%B8%B3-" + id + ".xlsx")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Get(value = "/change-requests/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> changeRequest(@PathVariable long id, @Nullable Authentication authentication) {
        return linkPage(id, Pages.user(authentication));
    }

    @Post(value = "/change-requests/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> link(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            Pages.found(() -> configuration.link(id, number("before", form.get("before")), number("after", form.get("after")),
                    Optional.ofNullable(number("version", form.get("version"))).orElseThrow(() ->
                            new InvalidInputException("version", "版 (version) がありません。再読み込みしてください。")),
                    Actors.of(authentication, request)));
            return Pages.seeOther("/portal/ledgers/configuration/change-requests/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("link", form, e), linkPage(id, user));
        }
    }

    private ModelAndView<Map<String, Object>> linkPage(long id, PortalUser user) {
        if (!configuration.isChangeRequest(id)) {
            throw PortalRefusal.notFound("変更要求 (ID " + id + ") はありません。");
        }
        SnapshotLink link = configuration.link(id).orElse(new SnapshotLink(id, null, null, 0));
        Snapshot before = link.beforeId() == null ? null : configuration.get(link.beforeId());
        Snapshot after = link.afterId() == null ? null : configuration.get(link.afterId());
        boolean comparable = before != null && after != null;
        List<ConfigurationPageViews.Change> diff = comparable ? ConfigurationPageViews.changes(
                ConfigurationDiff.between(before.resources(), after.resources()), SnapshotFilter.ALL) : List.of();
        List<Option> snapshots = configuration.list(SnapshotFilter.ALL, Optional.empty(), 100).stream()
                .map(s -> new Option(String.valueOf(s.id()), "ID " + s.id() + "（" + Jst.at(s.takenAt()) + "、"
                        + ConfigurationPageViews.sourceLabel(s.source()) + "）", false)).toList();
        return Pages.view("configuration-change-request", user, "ledgers", "変更要求 " + id + " の構成（変更前・変更後）",
                new ConfigurationPageViews.LinkView(id, "/portal/change-requests/" + id, side(before), side(after), diff,
                        comparable, link.version(), snapshots));
    }

    private static Side side(Snapshot s) {
        return s == null ? new Side(null, null, "", "")
                : new Side(s.id(), "/portal/ledgers/configuration/snapshots/" + s.id(), Jst.at(s.takenAt()),
                        ConfigurationPageViews.sourceLabel(s.source()));
    }

    private ModelAndView<Map<String, Object>> listPage(PortalUser user, Map<String, String> filters,
            List<ConfigurationPageViews.Row> rows, String next, boolean byScope) {
        return Pages.view("configuration-snapshots", user, "ledgers", "構成管理台帳", new ConfigurationPageViews.ListView(
                filters, ConfigurationPageViews.sources(filters.get("source")), accountOptions(filters), rows, next, byScope));
    }

    private List<Option> accountOptions(Map<String, String> filters) {
        return ConfigurationPageViews.accounts(accounts, filters.get("account"));
    }

    private static Map<String, String> filters(String... values) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < FILTERS.size(); i++) {
            filters.put(FILTERS.get(i), values[i] == null ? "" : values[i].strip());
        }
        return filters;
    }

    private static String query(Map<String, String> filters) {
        return filters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " にはスナップショットの ID (数字) を指定してください。");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
