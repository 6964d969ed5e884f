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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.account.Decision;
import jp.resas.ops.ledger.account.ReviewRound;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * アカウント棚卸し on pages: the rounds (newest first, keyset pages of 50) and starting one (operator, admin);
 * a round with its accounts, flagged ones (unused for 90 days, no MFA) first; an operator's decision per
 * account (継続 / 無効化 / 削除 / 権限変更, with a comment); an approver's completion — refused, with the
 * segregation-of-duties message, to anyone who took or changed a decision in it; the round as .xlsx.
 * Calls the service the API calls.
 */
@Controller("/portal/ledgers/account-reviews")
@Secured(SecurityRule.IS_ANONYMOUS)
class AccountReviewPages {

    private static final String CURSOR_KEY = "account_review_round.id";
    /** Accounts on a round's page at a time; 次のページ shows the next ones. */
    static final int ITEMS_SHOWN = 50;

    private final AccountReviewService service;
    private final Clock clock;

    AccountReviewPages(AccountReviewService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        return listPage(Pages.user(authentication), cursor);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(@Body Map<String, String> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            long id = service.start(blank(form.get("title")), hours(form.get("slaBusinessHours")),
                    Actors.of(authentication, request));
            return Pages.seeOther("/portal/ledgers/account-reviews/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("start", form, e), listPage(user, null));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> round(@PathVariable long id, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        return roundPage(id, Pages.user(authentication), blank(cursor));
    }

    /** An operator's decision on one account; the item's version guards against a decision taken meanwhile. */
    @Post(value = "/{id}/items/{itemId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(@PathVariable long id, @PathVariable long itemId, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR);
        return act("item-" + itemId, id, form, user, () -> {
            String decision = form.getOrDefault("decision", "");
            if (decision.isBlank()) {
                throw new InvalidInputException("decision-" + itemId, "判定（継続・無効化・削除・権限変更）を選んでください。");
            }
            try {
                service.decide(id, itemId, Texts.oneOf("decision", decision, Decision.class), blank(form.get("note")),
                        version(form), Actors.of(authentication, request));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field() + "-" + itemId, e.getMessage());
            } catch (ConflictException e) {
                if ("STALE_VERSION".equals(e.code())) {
                    throw e;
                }
                throw new ConflictException(e.code(), "decision-" + itemId, e.getMessage());
            }
        });
    }

    @Post(value = "/{id}/complete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> complete(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        return act("complete", id, form, user, () -> {
            try {
                service.complete(id, version(form), Actors.of(authentication, request));
            } catch (ConflictException e) {
                if ("STALE_VERSION".equals(e.code())) {
                    throw e;
                }
                // undecided accounts or a completed round: said as such, not as "someone changed it"
                throw new ConflictException(e.code(), null, e.getMessage());
            }
        });
    }

    /** アカウント棚卸し表.xlsx of one round, as the API's export writes it. */
    @Get(value = "/{id}/export.xlsx", produces = AccountReviewController.XLSX)
    HttpResponse<byte[]> export(@PathVariable long id, @Nullable Authentication authentication) {
        Pages.user(authentication);
        byte[] workbook = Pages.found(() -> service.workbook(id, LocalDate.now(clock.withZone(Jst.ZONE))));
        return HttpResponse.ok(workbook).contentType(AccountReviewController.XLSX)
                .header("Content-Disposition", "attachment; filename=\"account-review-" + id + ".xlsx\"; "
                        + "filename*=UTF-8''%E3%82%A2%E3%82%AB%E3%82%A6%E3%83%B3%E3%83%88%E6%A3%9A%E5%8D%B8%E3%81%97%E8%A1%A8-"
                        + id + ".xlsx")
                .header("X-Content-Type-Options", "nosniff");
    }

    private HttpResponse<?> act(String action, long id, Map<String, String> form, PortalUser user, Runnable change) {
        try {
            Pages.found(() -> {
                change.run();
                return id;
            });
            String cursor = blank(form.get("cursor"));
            return Pages.seeOther("/portal/ledgers/account-reviews/" + id + (cursor == null ? ""
                    : "?cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8))
                    + (action.startsWith("item-") ? "#" + action : ""));
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused(action, form, e), roundPage(id, user, blank(form.get("cursor"))));
        }
    }

    private ModelAndView<Map<String, Object>> listPage(PortalUser user, String cursor) {
        Keyset.Request request = Keyset.request("50", blank(cursor));
        List<ReviewRound> rows = service.rounds(Keyset.afterNumber(CURSOR_KEY, request), request.limit() + 1);
        boolean more = rows.size() > request.limit();
        List<ReviewRound> page = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? "/portal/ledgers/account-reviews?cursor=" + Keyset.encode(CURSOR_KEY, page.get(page.size() - 1).id())
                : null;
        return Pages.view("account-reviews", user, "ledgers", "アカウント棚卸し", new AccountReviewPageViews.ListView(
                page.stream().map(AccountReviewPageViews::row).toList(), next));
    }

    /**
     * The round with one keyset page of its accounts ({@value #ITEMS_SHOWN}, flagged first); a decision's form
     * carries the page's cursor, so the answer is the page the account is on.
     */
    private ModelAndView<Map<String, Object>> roundPage(long id, PortalUser user, String cursor) {
        AccountReviewService.PagedRound paged = Pages.paged(() -> service.round(id,
                Keyset.request(String.valueOf(ITEMS_SHOWN), cursor)));
        return Pages.view("account-review", user, "ledgers", paged.view().round().title(),
                AccountReviewPageViews.round(paged, cursor));
    }

    private static Integer hours(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("slaBusinessHours", "期限（営業時間）は 1 から 2000 の整数で入力してください。");
        }
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "版 (version) が正しくありません。再読み込みしてください。");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
