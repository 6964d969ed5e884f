package jp.resas.ops.slaadmin.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.PolicyChange;
import jp.resas.ops.slaadmin.infrastructure.SlaPolicyService;

/** The SLA policies in force (sixteen: ticket type × priority); changes by administrators only. */
@Controller("/sla-policies")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class SlaPolicyController {

    private final SlaPolicyService policies;

    SlaPolicyController(SlaPolicyService policies) {
        this.policies = policies;
    }

    @Get
    Map<String, List<SlaPolicyView>> list() {
        return Map.of("items", policies.table().rows().stream().map(SlaPolicyView::of).toList());
    }

    /**
     * Body: {@code {"firstResponseMinutes": 60, "resolutionMinutes": 480, "warningPercent": 75,
     * "pausedBy": ["WAITING_FOR_REQUESTER"], "version": n}}; {@code type} INQUIRY, INCIDENT,
     * WORK_REQUEST, CHANGE_REQUEST; {@code priority} CRITICAL, HIGH, MEDIUM, LOW.
     */
    @Put("/{type}/{priority}")
    @Secured(Roles.ADMIN)
    SlaPolicyView change(@PathVariable String type, @PathVariable String priority, @Body PolicyChange body,
            Authentication user, HttpRequest<?> request) {
        return SlaPolicyView.of(policies.change(Texts.oneOf("type", type, TicketType.class),
                Texts.oneOf("priority", priority, Priority.class), body, Actors.of(user, request)));
    }
}
