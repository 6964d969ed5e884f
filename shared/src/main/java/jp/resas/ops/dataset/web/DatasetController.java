package jp.resas.ops.dataset.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.dataset.infrastructure.VersionQueries;
import jp.resas.ops.dataset.infrastructure.VersionService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

@Controller("/datasets")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class DatasetController {

    private final CatalogService catalog;
    private final VersionQueries queries;
    private final VersionService versions;

    DatasetController(CatalogService catalog, VersionQueries queries, VersionService versions) {
        this.catalog = catalog;
        this.queries = queries;
        this.versions = versions;
    }

    @Get
    ListPage<Dataset> list(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return ListPage.of(catalog.page(Keyset.request(limit, cursor)));
    }

    @Get("/{id}")
    Dataset get(@PathVariable String id) {
        return catalog.find(new DatasetId(id)).orElseThrow(() -> new NotFoundException("データセット「" + id + "」はありません。"));
    }

    @Put("/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Dataset save(@PathVariable String id, @Body DatasetRequest body, Authentication user, HttpRequest<?> request) {
        return catalog.save(DatasetRequests.dataset(id, body, catalog.find(new DatasetId(id))), user.getName(),
                Actors.of(user, request).source());
    }

    @Get("/{id}/versions")
    ListPage<jp.resas.ops.dataset.VersionLine> versions(@PathVariable String id, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        Keyset.Request request = Keyset.request(limit, cursor);
        return ListPage.of(queries.versions(new DatasetId(id), request));
    }

    @Get("/{id}/versions/{number}/diff")
    jp.resas.ops.dataset.VersionDiff diff(@PathVariable String id, @PathVariable int number) {
        return queries.diff(new DatasetId(id), number);
    }

    @Post("/{id}/rollback")
    @Secured({Roles.APPROVER})
    RolledBack rollback(@PathVariable String id, @Body RollbackRequest body, Authentication user, HttpRequest<?> request) {
        return new RolledBack(versions.rollback(new DatasetId(id), body.comment(), Actors.of(user, request)).value());
    }
}
