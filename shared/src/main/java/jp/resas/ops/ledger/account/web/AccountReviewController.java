package jp.resas.ops.ledger.account.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.account.Decision;
import jp.resas.ops.ledger.account.ReviewItem;
import jp.resas.ops.ledger.account.ReviewRound;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/**
 * アカウント棚卸し: rounds (newest first, keyset pages), one round with its accounts flagged first and the
 * SLA left, starting a round (operator, admin), a decision per account (operator), the completion
 * (approver, who decided nothing in it), and the round as .xlsx.
 */
@Controller("/ledgers/account-reviews")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class AccountReviewController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CURSOR_KEY = "account_review_round.id";

    private final AccountReviewService service;
    private final Clock clock;

    AccountReviewController(AccountReviewService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Starting a round: its title (the fiscal quarter by default) and business hours per account (80 by default). */
    record StartRequest(String title, Integer slaBusinessHours) {
    }

    /** A decision and the item version the operator read. */
    record DecisionRequest(String decision, String note, Long version) {
    }

    /** The round version the approver read. */
    record CompleteRequest(Long version) {
    }

    @Get
    ListPage<ReviewRound> list(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        Keyset.Request request = Keyset.request(limit, cursor);
        List<ReviewRound> rows = service.rounds(Keyset.afterNumber(CURSOR_KEY, request), request.limit() + 1);
        boolean more = rows.size() > request.limit();
        List<ReviewRound> page = more ? rows.subList(0, request.limit()) : rows;
        return new ListPage<>(page, more ? Keyset.encode(CURSOR_KEY, page.get(page.size() - 1).id()) : null);
    }

    @Get("/{id}")
    AccountReviewService.RoundView get(@PathVariable long id) {
        return service.round(id);
    }

    /**
     * The round's items in the order of {@code GET /{id}} (flagged first), keyset pages ({@code limit} 1–1000,
     * default 100): the same item shape, for rounds too large to read whole.
     */
    @Get("/{id}/items")
    ListPage<AccountReviewService.ItemView> items(@PathVariable long id, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        AccountReviewService.PagedRound paged = service.round(id, Keyset.request(limit, cursor));
        return new ListPage<>(paged.view().items(), paged.nextCursor().orElse(null));
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<AccountReviewService.RoundView> start(@Body StartRequest body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(service.round(service.start(body.title(), body.slaBusinessHours(),
                Actors.of(user, request))));
    }

    @Put("/{id}/items/{itemId}")
    @Secured({Roles.OPERATOR})
    ReviewItem decide(@PathVariable long id, @PathVariable long itemId, @Body DecisionRequest body, Authentication user,
            HttpRequest<?> request) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version (取得した時点の版) を指定してください。");
        }
        Decision decision = body.decision() == null ? null : Texts.oneOf("decision", body.decision(), Decision.class);
        return service.decide(id, itemId, decision, body.note(), body.version(), Actors.of(user, request));
    }

    @Post("/{id}/complete")
    @Secured({Roles.APPROVER})
    AccountReviewService.RoundView complete(@PathVariable long id, @Body CompleteRequest body, Authentication user,
            HttpRequest<?> request) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version (取得した時点の棚卸しの版) を指定してください。");
        }
        service.complete(id, body.version(), Actors.of(user, request));
        return service.round(id);
    }

    @Get("/{id}/export.xlsx")
    @Produces(XLSX)
    HttpResponse<byte[]> export(@PathVariable long id) {
        return HttpResponse.ok(service.workbook(id, LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")))))
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-review-" + id + ".xlsx\"; "
                        + "filename*=UTF-8''%E3%82%A2%E3%82%AB%E3%82%A6%E3%83%B3%E3%83%88%E6%A3%9A%E5%8D%B8%E3%81%97%E8%A1%A8-"
                        + id + ".xlsx");
    }
}
