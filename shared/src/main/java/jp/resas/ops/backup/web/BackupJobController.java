package jp.resas.ops.backup.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.Optional;
import jp.resas.ops.backup.BackupJob;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.JobQuery;
import jp.resas.ops.backup.infrastructure.BackupService;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/** バックアップジョブ: the collected AWS Backup jobs (filters, keyset pages) and one job. */
@Controller("/backups/jobs")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class BackupJobController {

    private final BackupService service;

    BackupJobController(BackupService service) {
        this.service = service;
    }

    @Get
    ListPage<BackupJob> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String state,
            @Nullable @QueryValue String account, @Nullable @QueryValue String failed, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        return ListPage.of(service.jobs(new JobQuery(
                Optional.ofNullable(kind).map(k -> Texts.oneOf("kind", k, JobKind.class)),
                Optional.ofNullable(Texts.optional("state", state, 30)),
                Optional.ofNullable(Texts.optional("account", account, 100)), Flags.of("failed", failed)),
                Keyset.request(limit, cursor)));
    }

    @Get("/{id:[0-9]+}")
    BackupJob get(@PathVariable long id) {
        return service.job(id);
    }
}
