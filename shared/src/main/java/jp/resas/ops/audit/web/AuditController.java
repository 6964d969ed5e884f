package jp.resas.ops.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jp.resas.ops.audit.AuditTrail;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

/** The audit log for administrators: filters by who, what, entity and period; keyset pages; CSV on request. */
@Controller("/audit")
@Secured(Roles.ADMIN)
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Get
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> find(@Nullable @QueryValue String actor, @Nullable @QueryValue String action,
            @Nullable @QueryValue String targetType, @Nullable @QueryValue String targetId,
            @Nullable @QueryValue String from, @Nullable @QueryValue String until,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor, HttpRequest<?> request) {
        return CsvAnswers.answer(request, AuditListView.of(trail.find(AuditQueries.query(actor, action, targetType,
                targetId, from, until, limit, cursor))), "audit");
    }
}
