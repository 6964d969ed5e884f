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
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
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
    ModelAndView<Map<String, Object>> newItem(@Nullable Authentication authentication) {
        return newItemPage(Pages.require(authentication, Roles.ADMIN));
    }

    /** The administrator adds an item (what RESAS runs on, say): recorded as its reviewer, as the API's add does. */
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@Body Map<String, String> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            EosRequests.Item body = new EosRequests.Item(null, form.get("system"), form.get("category"), form.get("name"),
                    form.get("productVersion"), form.get("endsOn"), form.get("sourceUrl"), form.get("note"));
            long id = service.add(body.entry(), Actors.of(authentication, request)).item().id();
            return Pages.seeOther("/portal/eos/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("add", form, e), newItemPage(user));
        }
    }

    private static ModelAndView<Map<String, Object>> newItemPage(PortalUser user) {
        return Pages.view("eos-new", user, "security", "サポート終了項目の追加", EosPageViews.newItem());
    }

    @Post(value = "/{id:[0-9]+}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            EosRequests.Item body = new EosRequests.Item(version(form), form.get("system"), form.get("category"),
                    form.get("name"), form.get("productVersion"), form.get("endsOn"), form.get("sourceUrl"), form.get("note"));
            service.change(id, EosRequests.version(body.version()), body.entry(), Actors.of(authentication, request));
            return Pages.seeOther("/portal/eos/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("change", form, e), page(id, user));
        }
    }

    @Post(value = "/{id:[0-9]+}/upgrades", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            EosRequests.Plan body = new EosRequests.Plan(changeRequest(form.get("changeRequestId")),
                    form.get("targetVersion"));
            service.plan(id, body.requiredChangeRequest(), body.requiredTargetVersion(), Actors.of(authentication, request));
            return Pages.seeOther("/portal/eos/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("plan", form, e), page(id, user));
        }
    }

    @Post(value = "/upgrades/{id:[0-9]+}/test", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> test(@PathVariable long id, @Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        long item = Pages.found(() -> service.upgrade(id)).itemId();
        try {
            EosRequests.Test body = new EosRequests.Test(version(form), form.get("environment"), form.get("result"),
                    form.get("summary"), form.get("evidence"));
            service.test(id, EosRequests.version(body.version()), body.requiredEnvironment(), body.requiredResult(),
                    body.requiredSummary(), body.optionalEvidence(), Actors.of(authentication, request));
            return Pages.seeOther("/portal/eos/" + item);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("test-" + id, form, e), page(item, user));
        }
    }

    @Post(value = "/upgrades/{id:[0-9]+}/complete", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> complete(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        long item = Pages.found(() -> service.upgrade(id)).itemId();
        try {
            service.complete(id, EosRequests.version(version(form)), Actors.of(authentication, request));
            return Pages.seeOther("/portal/eos/" + item);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("complete-" + id, form, e), page(item, user));
        }
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        EosService.ItemDetail detail = Pages.found(() -> service.item(id));
        return Pages.view("eos-item", user, "security", "サポート終了項目 #" + id + "　" + detail.item().label(),
                views.item(detail));
    }

    /** The version the page was read at (a hidden field); missing or not a number reads as none. */
    private static Long version(Map<String, String> form) {
        try {
            return Long.valueOf(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

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
