package jp.resas.ops.patch.web;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.patch.infrastructure.PatchService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * Recording a patch on a page (operators and administrators) and one patch with its verification by someone who
 * neither applied nor recorded it, which closes the findings it names. Both go through the same request checks and
 * use cases as the API; a refusal is shown on the form with what was typed, and nothing is written.
 */
@Controller("/portal/patches")
@Secured(SecurityRule.IS_ANONYMOUS)
class PatchFormPages {

    /** The record form's choices and, on a fresh form, its values. */
    record NewPage(Map<String, String> defaults) {
    }

    /** One patch as its page shows it. */
    record Detail(PatchPages.Row row, PatchRecord patch, String recordedAt, String note) {
    }

    private final PatchService service;

    PatchFormPages(PatchService service) {
        this.service = service;
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@Nullable Authentication authentication) {
        return newPage(Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> record(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return Pages.submit("record", form, LABELS, () -> {
            PatchRequests.Record body = new PatchRequests.Record(form.get("title"), form.get("target"),
                    form.get("environment"), appliedAt(form.get("appliedAt")), form.get("appliedBy"),
                    changeRequest(form.get("changeRequestId")), form.get("note"), findings(form.get("findingIds")));
            return "/portal/patches/" + service.record(body.patch(), Actors.of(authentication, request)).id();
        }, () -> newPage(user));
    }

    @Get(value = "/{id:[0-9]+}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> patch(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    @Post(value = "/{id:[0-9]+}/verify", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> verify(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN);
        return Pages.submit("verify", form, LABELS, () -> {
            service.verify(id, new PatchRequests.Verify(Form.version(form.get("version"))).requiredVersion(),
                    Actors.of(authentication, request));
            return "/portal/patches/" + id;
        }, () -> page(id, user));
    }

    private ModelAndView<Map<String, Object>> newPage(PortalUser user) {
        return Pages.view("patch-new", user, "security", "パッチ適用の記録", new NewPage(Map.of("environment", "PRODUCTION")));
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        PatchRecord patch = Pages.found(() -> service.get(id));
        return Pages.view("patch", user, "security", "パッチ適用記録 #" + id, new Detail(PatchPages.Row.of(patch), patch,
                Jst.at(patch.recordedAt()), patch.note() == null ? "—" : patch.note()));
    }

    /** The form's {@code datetime-local} value is Japan time; the API's format carries the offset. */
    private static String appliedAt(String typed) {
        String value = typed == null ? "" : typed.strip();
        return value.isEmpty() ? null : value + "+09:00";
    }

    /** The record form's labels, for its error messages. */
    static final Map<String, String> LABELS = Map.of("title", "件名", "target", "適用先", "environment", "環境",
            "appliedAt", "適用日時", "appliedBy", "適用者", "changeRequestId", "変更要求の番号", "note", "備考",
            "findingIds", "解消する脆弱性の番号");

    /** A change request's number as typed: "12" or "CR-12"; blank is none. */
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

    /** The findings' numbers separated by commas or spaces ("#3, 5"). */
    private static List<Long> findings(String typed) {
        List<Long> ids = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split("[,、\\s]+")) {
            String value = part.strip().replaceFirst("^#", "");
            if (value.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("findingIds",
                        "解消する脆弱性は番号をカンマ区切りで指定してください（「" + part.strip() + "」は番号ではありません）。");
            }
        }
        return ids;
    }
}
