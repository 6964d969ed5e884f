package jp.resas.ops.eos.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.eos.infrastructure.EosService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * One EOS item on a page: its facts, the tickets raised for it and its upgrades; the administrator's correction
 * (saving records them as the reviewer), an upgrade planned with its change request, its test recorded and its
 * completion by someone other than the tester. Every form goes through the same use cases and request checks as
 * the API; a refusal (bad input 400, segregation of duties 403, a stale version 409) is shown on the page with what
 * was typed, and nothing is written.
 */
@Controller("/portal/eos")
@Secured(SecurityRule.IS_ANONYMOUS)
class EosItemPages {

    private final EosService service;
    private final EosPageViews views;

    EosItemPages(EosService service, EosPageViews views) {
        this.service = service;
        this.views = views;
    }

    @Get(value = "/{id:[0-9]+}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> item(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newItem(@Nullable @io.micronaut.http.annotation.QueryValue String system,
            @Nullable @io.micronaut.http.annotation.QueryValue String category,
            @Nullable @io.micronaut.http.annotation.QueryValue String runtimeKey, @Nullable Authentication authentication) {
        Map<String, String> given = new java.util.HashMap<>();
        given.put("system", system);
        given.put("category", category);
        given.put("runtimeKey", runtimeKey);
        given.put("productVersion", runtimeKey == null ? null : runtimeKey.substring(runtimeKey.indexOf(':') + 1));
        return Pages.view("eos-new", Pages.require(authentication, Roles.ADMIN), "security", "サポート終了項目の追加",
                EosPageViews.newItem(given));
    }

    /** The administrator adds an item (what RESAS runs on, say): recorded as its reviewer, as the API's add does. */
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@Body Map<String, String> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        return Pages.submit("add", form, LABELS, () -> {
            EosRequests.Item body = new EosRequests.Item(null, form.get("system"), form.get("category"), form.get("name"),
                    form.get("productVersion"), form.get("endsOn"), form.get("sourceUrl"), form.get("note"),
                    form.get("runtimeKey"));
            return "/portal/eos/" + service.add(body.entry(), Actors.of(authentication, request)).item().id();
        }, () -> newItemPage(user));
    }

    private static ModelAndView<Map<String, Object>> newItemPage(PortalUser user) {
        return Pages.view("eos-new", user, "security", "サポート終了項目の追加", EosPageViews.newItem());
    }

    @Post(value = "/{id:[0-9]+}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        return Pages.submit("change", form, LABELS, () -> {
            EosRequests.Item body = new EosRequests.Item(Form.version(form.get("version")), form.get("system"),
                    form.get("category"), form.get("name"), form.get("productVersion"), form.get("endsOn"),
                    form.get("sourceUrl"), form.get("note"), form.get("runtimeKey"));
            service.change(id, EosRequests.version(body.version()), body.entry(), Actors.of(authentication, request));
            return "/portal/eos/" + id;
        }, () -> page(id, user));
    }

    @Post(value = "/{id:[0-9]+}/upgrades", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return Pages.submit("plan", form, LABELS, () -> {
            EosRequests.Plan body = new EosRequests.Plan(changeRequest(form.get("changeRequestId")),
                    form.get("targetVersion"));
            service.plan(id, body.requiredChangeRequest(), body.requiredTargetVersion(), Actors.of(authentication, request));
            return "/portal/eos/" + id;
        }, () -> page(id, user));
    }

    @Post(value = "/upgrades/{id:[0-9]+}/test", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> test(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        long item = Pages.found(() -> service.upgrade(id)).itemId();
        return Pages.submit("test-" + id, form, LABELS, () -> {
            EosRequests.Test body = new EosRequests.Test(Form.version(form.get("version")), form.get("environment"),
                    form.get("result"), form.get("summary"), form.get("evidence"));
            service.test(id, EosRequests.version(body.version()), body.requiredEnvironment(), body.requiredResult(),
                    body.requiredSummary(), body.optionalEvidence(), Actors.of(authentication, request));
            return "/portal/eos/" + item;
        }, () -> page(item, user));
    }

    @Post(value = "/upgrades/{id:[0-9]+}/complete", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> complete(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        long item = Pages.found(() -> service.upgrade(id)).itemId();
        return Pages.submit("complete-" + id, form, LABELS, () -> {
            service.complete(id, EosRequests.version(Form.version(form.get("version"))), Actors.of(authentication, request));
            return "/portal/eos/" + item;
        }, () -> page(item, user));
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        EosService.ItemDetail detail = Pages.found(() -> service.item(id));
        return Pages.view("eos-item", user, "security", "サポート終了項目 #" + id + "　" + detail.item().label(),
                views.item(detail));
    }

    /** The item's and the upgrade's forms' labels, for their error messages. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("system", "システム"), Map.entry("category", "種別"),
            Map.entry("name", "名称"), Map.entry("productVersion", "版"), Map.entry("endsOn", "サポート終了日"),
            Map.entry("sourceUrl", "出典の URL"), Map.entry("note", "備考"), Map.entry("runtimeKey", "構成管理台帳での名前"),
            Map.entry("changeRequestId", "変更要求の番号"), Map.entry("targetVersion", "移行先の版"),
            Map.entry("environment", "試験した環境"), Map.entry("result", "結果"), Map.entry("summary", "試験の内容と結果"),
            Map.entry("evidence", "証跡"));

    /** A change request's number as typed: "12" or "CR-12". */
    private static Long changeRequest(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value.regionMatches(true, 0, "CR-", 0, 3) ? value.substring(3) : value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("changeRequestId", "変更要求は番号（例: 12 または CR-12）で指定してください。");
        }
    }
}
