package jp.resas.ops.patch.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.patch.infrastructure.PatchService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/** パッチ適用記録: the list (filters, keyset pages), one patch, recording (operators) and verification (another person). */
@Controller("/patches")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class PatchController {

    private final PatchService service;

    PatchController(PatchService service) {
        this.service = service;
    }

    @Get
    ListPage<PatchRecord> list(@Nullable @QueryValue String environment, @Nullable @QueryValue String target,
            @Nullable @QueryValue String finding, @Nullable @QueryValue String verified,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return ListPage.of(service.list(
                Optional.ofNullable(environment).map(e -> Texts.oneOf("environment", e, PatchRecord.Environment.class)),
                Optional.ofNullable(Texts.optional("target", target, 200)), Optional.ofNullable(finding).map(f -> {
                    try {
                        return Long.parseLong(f.strip());
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException("finding", "finding には脆弱性の ID を指定してください。");
                    }
                }), Optional.ofNullable(verified).map(v -> switch (v.strip()) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new InvalidInputException("verified", "verified は true か false で指定してください。");
                }), Keyset.request(limit, cursor)));
    }

    @Get("/{id:[0-9]+}")
    PatchRecord get(@PathVariable long id) {
        return service.get(id);
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<PatchRecord> record(@Body PatchRequests.Record body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(service.record(body.patch(), Actors.of(user, request)));
    }

    @Post("/{id:[0-9]+}/verify")
    @Secured({Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
    PatchRecord verify(@PathVariable long id, @Body PatchRequests.Verify body, Authentication user,
            HttpRequest<?> request) {
        return service.verify(id, body.requiredVersion(), Actors.of(user, request));
    }
}
