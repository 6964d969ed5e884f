package jp.resas.ops.backup.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import jp.resas.ops.backup.infrastructure.BackupService;
import jp.resas.ops.backup.infrastructure.Unbacked;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/**
 * {@code GET /backups/unbacked}: the resources AWS Backup protects that had no backup job in the last 7 days
 * (as the last collection read them), with the incident each opened. One page: the list is bounded by what
 * AWS Backup protects.
 */
@Controller("/backups/unbacked")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class UnbackedResourceController {

    private final BackupService service;

    UnbackedResourceController(BackupService service) {
        this.service = service;
    }

    @Get
    ListPage<Unbacked> list() {
        return new ListPage<>(service.unbacked(), null);
    }
}
