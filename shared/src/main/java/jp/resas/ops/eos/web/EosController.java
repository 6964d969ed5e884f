package jp.resas.ops.eos.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import jp.resas.ops.common.Texts;
import jp.resas.ops.eos.EosItem;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.Upgrade;
import jp.resas.ops.eos.infrastructure.EosService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/**
 * サポート終了カレンダー: the items (soonest end first, keyset pages), one item with its upgrades and the
 * tickets raised for it, the administrator's additions and corrections, and each upgrade's plan (with its
 * change request), test record and completion.
 */
@Controller("/eos")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class EosController {

    private final EosService service;

    EosController(EosService service) {
        this.service = service;
    }

    @Get("/items")
    ListPage<EosItem> list(@Nullable @QueryValue String system, @Nullable @QueryValue String endingBy,
            @Nullable @QueryValue String retired, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        return ListPage.of(service.list(Optional.ofNullable(system).map(s -> Texts.oneOf("system", s, EosSystem.class)),
                Optional.ofNullable(endingBy).map(d -> EosRequests.date("endingBy", d)), "true".equals(retired),
                Keyset.request(limit, cursor)));
    }

    /**
     * The runtime and engine versions deployed (the latest configuration snapshot of AWS), each with its resource
     * count, accounts and calendar item, or {@code item: null} when nobody has entered it (未登録).
     */
    @Get("/in-use")
    java.util.Map<String, Object> inUse(@Nullable @QueryValue String system) {
        EosService.InUse inUse = service.inUse(Optional.ofNullable(system)
                .map(s -> Texts.oneOf("system", s, EosSystem.class)));
        java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("snapshotId", inUse.snapshotId());
        answer.put("takenAt", inUse.takenAt());
        answer.put("unregistered", inUse.unregistered());
        answer.put("items", inUse.lines().stream().map(l -> {
            java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("system", l.version().system());
            line.put("category", l.version().category());
            line.put("key", l.version().key());
            line.put("resources", l.version().resources());
            line.put("accounts", l.version().accounts());
            line.put("item", l.item() == null ? null : java.util.Map.of("id", l.item().id(), "label", l.item().label(),
                    "endsOn", l.item().endsOn().toString(), "daysLeft", l.daysLeft(), "reviewed", l.item().reviewed(),
                    "sourceUrl", l.item().sourceUrl()));
            return line;
        }).toList());
        answer.put("nextCursor", null);
        return answer;
    }

    @Get("/items/{id:[0-9]+}")
    EosService.ItemDetail item(@PathVariable long id) {
        return service.item(id);
    }

    @Post("/items")
    @Secured(Roles.ADMIN)
    HttpResponse<EosService.ItemDetail> add(@Body EosRequests.Item body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(service.add(body.entry(), Actors.of(user, request)));
    }

    @Put("/items/{id:[0-9]+}")
    @Secured(Roles.ADMIN)
    EosService.ItemDetail change(@PathVariable long id, @Body EosRequests.Item body, Authentication user,
            HttpRequest<?> request) {
        return service.change(id, EosRequests.version(body.version()), body.entry(), Actors.of(user, request));
    }

    @Post("/items/{id:[0-9]+}/upgrades")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<Upgrade> plan(@PathVariable long id, @Body EosRequests.Plan body, Authentication user,
            HttpRequest<?> request) {
        return HttpResponse.created(service.plan(id, body.requiredChangeRequest(), body.requiredTargetVersion(),
                Actors.of(user, request)));
    }

    @Get("/upgrades/{id:[0-9]+}")
    Upgrade upgrade(@PathVariable long id) {
        return service.upgrade(id);
    }

    @Post("/upgrades/{id:[0-9]+}/test")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Upgrade test(@PathVariable long id, @Body EosRequests.Test body, Authentication user, HttpRequest<?> request) {
        return service.test(id, EosRequests.version(body.version()), body.requiredEnvironment(), body.requiredResult(),
                body.requiredSummary(), body.optionalEvidence(), Actors.of(user, request));
    }

    @Post("/upgrades/{id:[0-9]+}/complete")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Upgrade complete(@PathVariable long id, @Body EosRequests.Step body, Authentication user, HttpRequest<?> request) {
        return service.complete(id, EosRequests.version(body.version()), Actors.of(user, request));
    }
}
