package jp.resas.ops.ledger.configuration.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.ledger.configuration.Snapshot;
import jp.resas.ops.ledger.configuration.SnapshotFilter;
import jp.resas.ops.ledger.configuration.SnapshotLink;
import jp.resas.ops.ledger.configuration.SnapshotSummary;
import jp.resas.ops.ledger.configuration.SnapshottingConfiguration;
import jp.resas.ops.ledger.configuration.infrastructure.ConfigurationService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/**
 * 構成管理台帳: snapshots (newest first, keyset pages), one snapshot with its resources and diff, its
 * workbook, a snapshot on demand, and the snapshots before and after a change request.
 */
@Controller("/ledgers/configuration")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class ConfigurationController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CURSOR_KEY = "configuration_snapshot.id";

    private final ConfigurationService configuration;
    private final Clock clock;

    ConfigurationController(ConfigurationService configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    @Get("/snapshots")
    ListPage<SnapshotSummary> list(@Nullable @QueryValue String source, @Nullable @QueryValue String account,
            @Nullable @QueryValue String region, @Nullable @QueryValue String stack, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        Keyset.Request request = Keyset.request(limit, cursor);
        SnapshotFilter filter = SnapshotQueries.of(source, account, region, stack, from, to);
        List<SnapshotSummary> rows = configuration.list(filter, Keyset.afterNumber(CURSOR_KEY, request), request.limit() + 1);
        boolean more = rows.size() > request.limit();
        List<SnapshotSummary> page = more ? rows.subList(0, request.limit()) : rows;
        return new ListPage<>(page, more ? Keyset.encode(CURSOR_KEY, page.get(page.size() - 1).id()) : null);
    }

    @Get("/snapshots/{id}")
    Snapshot get(@PathVariable long id) {
        return configuration.get(id);
    }

    /** 構成管理台帳.xlsx of one snapshot (its resources and its diff). */
    @Get("/snapshots/{id}/export.xlsx")
    @Produces(XLSX)
    HttpResponse<byte[]> export(@PathVariable long id) {
        return HttpResponse.ok(configuration.workbook(id, LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")))))
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"configuration-ledger-" + id + ".xlsx\"; "
                        + "filename*=UTF-8''%E6%A7%8B%E6%88%90%E7%AE%A1%E7%90%86%E5%8F%B0%E5%B8%B3-" + id + ".xlsx");
    }

    /** Reads the deployed configuration now: 201 with the new snapshot, or 200 naming the latest when unchanged. */
    @Post("/snapshots")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<Map<String, Object>> take(Authentication user, HttpRequest<?> request) {
        SnapshottingConfiguration.Outcome outcome = configuration.snapshotAws(Actors.of(user, request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("snapshotId", outcome.snapshotId());
        body.put("unchanged", outcome.unchanged());
        body.put("added", outcome.diff().added().size());
        body.put("removed", outcome.diff().removed().size());
        body.put("changed", outcome.diff().changed().size());
        body.put("missing", outcome.missing());
        return HttpResponse.<Map<String, Object>>status(outcome.unchanged() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    @Get("/change-requests/{id}")
    SnapshotLink link(@PathVariable long id) {
        return configuration.link(id).orElseThrow(() -> new NotFoundException(
                "変更要求 (ID " + id + ") に変更前後のスナップショットは記録されていません。"));
    }

    /** Names the snapshots before and after change request {@code id}; {@code version} 0 the first time. */
    @Put("/change-requests/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    SnapshotLink link(@PathVariable long id, @Body LinkRequest body, Authentication user, HttpRequest<?> request) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version (取得した時点の版、初めては 0) を指定してください。");
        }
        return configuration.link(id, body.before(), body.after(), body.version(), Actors.of(user, request));
    }

    /** The snapshots before and after a change request, and the version the client read. */
    record LinkRequest(Long before, Long after, Long version) {
    }
}
