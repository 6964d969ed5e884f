package jp.resas.ops.slaadmin.web;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalRefusal;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.PolicyChange;
import jp.resas.ops.slaadmin.infrastructure.SlaPolicyService;

/**
 * The administrator's SLA policy pages: the sixteen policies in force, and one policy's form, through the
 * same {@link SlaPolicyService#change} the API's PUT calls (its refusals beside the fields they name).
 */
@Controller("/portal/settings/sla")
@Secured(SecurityRule.IS_ANONYMOUS)
class SlaPolicyPages {

    private final SlaPolicyService policies;

    SlaPolicyPages(SlaPolicyService policies) {
        this.policies = policies;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable Authentication authentication) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        return Pages.view("sla-policies", user, "settings", "SLA ポリシー",
                policies.table().rows().stream().map(SlaPolicyPageViews.Row::of).toList());
    }

    @Get(value = "/{type}/{priority}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(@PathVariable String type, @PathVariable String priority,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        return page(type, priority, user);
    }

    @Post(value = "/{type}/{priority}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(@PathVariable String type, @PathVariable String priority, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        ModelAndView<Map<String, Object>> page = page(type, priority, user);
        try {
            List<String> paused = Arrays.stream(PauseReason.values()).map(Enum::name)
                    .filter(reason -> form.containsKey("pause-" + reason)).toList();
            PolicyChange change = new PolicyChange(number("firstResponseMinutes", form), number("resolutionMinutes", form),
                    integer("warningPercent", form), paused, number("version", form));
            policies.change(constant(type, TicketType.class), constant(priority, Priority.class), change, Actors.of(authentication, request));
            return Pages.seeOther("/portal/settings/sla?changed=" + type + "-" + priority);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("policy", form, e), page);
        }
    }

    private ModelAndView<Map<String, Object>> page(String type, String priority, PortalUser user) {
        TicketType ticketType = constant(type, TicketType.class);
        Priority level = constant(priority, Priority.class);
        var row = SlaPolicyPageViews.Row.of(policies.table().get(ticketType, level));
        return Pages.view("sla-policy", user, "settings", "SLA ポリシーの変更：" + row.typeLabel() + "・" + row.priorityLabel(),
                SlaPolicyPageViews.edit(row));
    }

    /** A policy named in the path; an unknown type or priority is a page that does not exist. */
    private static <E extends Enum<E>> E constant(String value, Class<E> type) {
        try {
            return Texts.oneOf("path", value, type);
        } catch (InvalidInputException e) {
            throw PortalRefusal.notFound("指定された SLA ポリシーはありません。");
        }
    }

    private static Long number(String field, Map<String, String> form) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "半角数字の整数で入力してください（" + value + " は数として読めません）。");
        }
    }

    private static Integer integer(String field, Map<String, String> form) {
        Long value = number(field, form);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw new InvalidInputException(field, "値が大きすぎます。");
        }
        return value == null ? null : value.intValue();
    }
}
