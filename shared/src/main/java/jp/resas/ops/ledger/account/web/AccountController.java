package jp.resas.ops.ledger.account.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.account.Account;
import jp.resas.ops.ledger.account.AccountQuery;
import jp.resas.ops.ledger.account.AccountSource;
import jp.resas.ops.ledger.account.ImportingAccounts;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/** The accounts reviewed (アカウント棚卸しの対象): list (filters, keyset pages), one account, import a system's list. */
@Controller("/ledgers/accounts")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class AccountController {

    private static final String CURSOR_KEY = "review_account.id";

    private final AccountReviewService service;

    AccountController(AccountReviewService service) {
        this.service = service;
    }

    @Get
    ListPage<Account> list(@Nullable @QueryValue String source, @Nullable @QueryValue String system,
            @Nullable @QueryValue String status, @Nullable @QueryValue String q, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        Keyset.Request request = Keyset.request(limit, cursor);
        if (status != null && !status.equals("ACTIVE") && !status.equals("GONE")) {
            throw new InvalidInputException("status", "status は ACTIVE または GONE を指定してください。");
        }
        List<Account> rows = service.list(new AccountQuery(
                Optional.ofNullable(source).map(s -> Texts.oneOf("source", s, AccountSource.class)),
                Optional.ofNullable(Texts.optional("system", system, 100)), Optional.ofNullable(status),
                Optional.ofNullable(Texts.optional("q", q, 200))), Keyset.afterNumber(CURSOR_KEY, request), request.limit() + 1);
        boolean more = rows.size() > request.limit();
        List<Account> page = more ? rows.subList(0, request.limit()) : rows;
        return new ListPage<>(page, more ? Keyset.encode(CURSOR_KEY, page.get(page.size() - 1).id()) : null);
    }

    @Get("/{id}")
    Account get(@PathVariable long id) {
        return service.get(id);
    }

    /** Reads IAM (RESAS Ops' and the monitored accounts') and the Cognito user pools now. */
    @Post("/collect")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    AccountReviewService.Collected collect(Authentication user, HttpRequest<?> request) {
        return service.collect(Actors.of(user, request));
    }

    /** A system's account list (CSV, UTF-8); one bad line refuses the file; accounts no longer listed become GONE. */
    @Post(value = "/import", consumes = {CsvAnswers.TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<ImportingAccounts.Summary> importCsv(@QueryValue String fileName, @Body byte[] content,
            Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(service.importCsv(Texts.required("fileName", fileName, 200), content,
                Actors.of(user, request)));
    }
}
