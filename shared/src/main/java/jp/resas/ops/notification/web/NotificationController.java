package jp.resas.ops.notification.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import jp.resas.ops.notification.Contact;
import jp.resas.ops.notification.infrastructure.NotificationService;
import jp.resas.ops.notification.infrastructure.RotaService;
import jp.resas.ops.notification.infrastructure.RotaSubscriptions;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;

/** Acknowledging a page, and the on-call rota. */
@Controller
class NotificationController {

    /** A week of the rota: contacts in escalation order. */
    record RotaBody(List<Contact> businessHours, List<Contact> afterHours) {
    }

    private final NotificationService notifications;
    private final RotaService rota;
    private final RotaSubscriptions subscriptions;

    NotificationController(NotificationService notifications, RotaService rota, RotaSubscriptions subscriptions) {
        this.notifications = notifications;
        this.rota = rota;
        this.subscriptions = subscriptions;
    }

    @Post("/incidents/{id}/acknowledge")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Map<String, Object> acknowledge(@PathVariable long id, Authentication user) {
        return Map.of("incidentId", id, "acknowledgedBy", user.getName(),
                "acknowledgedAt", notifications.acknowledge(id, user.getName()).toString());
    }

    @Get("/oncall/rota/{week}")
    @Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
    Map<String, Object> week(@PathVariable String week) {
        return rota.week(RotaService.week(week));
    }

    @Put("/oncall/rota/{week}")
    @Secured(Roles.ADMIN)
    Map<String, Object> replace(@PathVariable String week, @Body RotaBody body, Authentication user,
            HttpRequest<?> request) {
        return rota.replace(RotaService.week(week), RotaService.contacts("businessHours", body.businessHours()),
                RotaService.contacts("afterHours", body.afterHours()), Actors.of(user, request));
    }

    /** The SNS subscriptions to create for the rota's contacts from this week on (admin; see RotaSubscriptions). */
    @Get("/oncall/subscriptions")
    @Secured(Roles.ADMIN)
    ListPage<RotaSubscriptions.Subscription> subscriptions(@Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        return ListPage.of(subscriptions.list(Keyset.request(limit, cursor)));
    }
}
