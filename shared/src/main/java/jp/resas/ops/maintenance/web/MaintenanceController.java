package jp.resas.ops.maintenance.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.infrastructure.MaintenanceService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;

/** Maintenance windows: the recent ones, one with the alarms raised during it, schedule, cancel. */
@Controller("/maintenance-windows")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class MaintenanceController {

    private final MaintenanceService windows;

    MaintenanceController(MaintenanceService windows) {
        this.windows = windows;
    }

    @Get
    Map<String, List<MaintenanceWindow>> list() {
        return Map.of("items", windows.recent(100));
    }

    @Get("/{id}")
    MaintenanceWindow get(@PathVariable long id) {
        return windows.get(id);
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "登録しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<MaintenanceWindow> schedule(@Body WindowRequest body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(windows.get(windows.schedule(body.command(), Actors.of(user, request))));
    }

    @Post("/{id}/cancel")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    MaintenanceWindow cancel(@PathVariable long id, @Body Map<String, Long> body, Authentication user,
            HttpRequest<?> request) {
        return windows.get(windows.cancel(id, body.getOrDefault("version", -1L), Actors.of(user, request)));
    }
}
