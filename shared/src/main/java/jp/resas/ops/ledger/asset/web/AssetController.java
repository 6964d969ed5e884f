package jp.resas.ops.ledger.asset.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.asset.Asset;
import jp.resas.ops.ledger.asset.AssetCursor;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.AssetPage;
import jp.resas.ops.ledger.asset.AssetQuery;
import jp.resas.ops.ledger.asset.AssetStatus;
import jp.resas.ops.ledger.asset.ImportingAssets;
import jp.resas.ops.ledger.asset.infrastructure.AssetService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

/** 資産管理台帳: list (filters, keyset pages), one asset, enter, update with version, import a CSV. */
@Controller("/ledgers/assets")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class AssetController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AssetService assets;
    private final java.time.Clock clock;

    AssetController(AssetService assets, java.time.Clock clock) {
        this.assets = assets;
        this.clock = clock;
    }

    @Get
    Map<String, Object> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String status,
            @Nullable @QueryValue String owner, @Nullable @QueryValue String q, @Nullable @QueryValue String endsBefore,
            @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        AssetPage page = assets.list(new AssetQuery(
                Optional.ofNullable(kind).map(k -> Texts.oneOf("kind", k, AssetKind.class)),
                Optional.ofNullable(status).map(s -> Texts.oneOf("status", s, AssetStatus.class)),
                Optional.ofNullable(Texts.optional("owner", owner, 100)), Optional.ofNullable(Texts.optional("q", q, 200)),
                Optional.ofNullable(endsBefore).map(AssetController::date), Optional.ofNullable(cursor).map(AssetController::cursor),
                limit(limit)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.next().map(AssetCursor::encode).orElse(null));
        return body;
    }

    /** 資産管理台帳.xlsx: every asset under the Japanese headings of the delivered ledger. */
    @Get("/export.xlsx")
    @io.micronaut.http.annotation.Produces(XLSX)
    HttpResponse<byte[]> export() {
        return HttpResponse.ok(assets.workbook(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")))))
                .contentType(XLSX)
                .header(io.micronaut.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"asset-ledger.xlsx\"; filename*=UTF-8''%E8%B3%87%E7%94%A3%E7%AE%A1%E7%90%86%E5%8F%B0%E5%B8%B3.xlsx");
    }

    @Get("/{id}")
    Asset get(@PathVariable long id) {
        return assets.get(id);
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<Asset> create(@Body AssetRequest body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(assets.get(assets.create(body.input(), Actors.of(user, request))));
    }

    @Put("/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Asset update(@PathVariable long id, @Body AssetRequest body, Authentication user, HttpRequest<?> request) {
        return assets.get(assets.update(id, body.input(), body.requiredVersion(), Actors.of(user, request)));
    }

    /** The owner's list of licences and contracts (CSV, UTF-8); one bad line refuses the file. */
    @Post(value = "/import", consumes = {CsvAnswers.TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<ImportingAssets.Summary> importCsv(@QueryValue String fileName, @Body byte[] content,
            Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(assets.importCsv(fileName, content, Actors.of(user, request)));
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit は 1 から " + MAX_LIMIT + " の間で指定してください。");
        }
        return limit;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("endsBefore", "endsBefore は 2026-03-31 の形式で指定してください。");
        }
    }

    private static AssetCursor cursor(String value) {
        try {
            return AssetCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor をそのまま指定してください。");
        }
    }
}
