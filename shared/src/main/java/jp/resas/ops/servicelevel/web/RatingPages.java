package jp.resas.ops.servicelevel.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.platform.security.RatingLinkSecret;
import jp.resas.ops.platform.security.RatingLinks;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.servicelevel.infrastructure.RatingLinkService;

/**
 * The satisfaction-rating page (issue 19): opened from the signed link the requester got with the answer,
 * with no other login; rates the inquiry 1–5 with a comment, once. A forged, expired or used link, a link
 * for someone who did not raise the inquiry, and an inquiry not answered are refused with a Japanese page.
 */
@Controller("/portal/rate")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(beans = RatingLinkSecret.class)
class RatingPages {

    /** The page's model: the inquiry, the token to post back, and whether the form is shown. */
    record View(String token, String key, String title, boolean open, String message, boolean refused) {
    }

    private final RatingLinkSecret secret;
    private final Clock clock;
    private final RatingLinkService service;

    RatingPages(RatingLinkSecret secret, Clock clock, RatingLinkService service) {
        this.secret = secret;
        this.clock = clock;
        this.service = service;
    }

    /** The links checked with the secret as it is now (read at use: rotated secrets apply within minutes). */
    private RatingLinks links() {
        return new RatingLinks(secret.current(), clock);
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> open(@Nullable @QueryValue String token) {
        return check(token).map(this::refusal).orElseGet(() -> HttpResponse.ok(page(token, null)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> rate(@Body Map<String, String> form, HttpRequest<?> request) {
        String token = form.get("token");
        Optional<Refusal> refused = check(token);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        RatingLinks.Claims link = links().verify(token).orElseThrow();
        try {
            service.rate(link.linkId(), link.inquiryId(), score(form.get("score")), form.get("comment"),
                    new Actor(link.requester(), request.getRemoteAddress().getAddress().getHostAddress()));
            ModelAndView<Map<String, Object>> done = page(token, "評価を受け付けました。ご協力ありがとうございました。");
            return HttpResponse.ok(done);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("rate", form, e), page(token, null));
        } catch (NotFoundException e) {
            return refusal(new Refusal(HttpStatus.NOT_FOUND, "この問合せは見つかりません。"));
        }
    }

    private record Refusal(HttpStatus status, String message) {
    }

    /** Why the link cannot be used (empty: it can). */
    private Optional<Refusal> check(String token) {
        Optional<RatingLinks.Claims> claims = token == null ? Optional.empty() : links().verify(token);
        if (claims.isEmpty()) {
            return Optional.of(new Refusal(HttpStatus.FORBIDDEN,
                    "この評価用リンクは正しくないか、有効期限（14日）が過ぎています。"));
        }
        RatingLinks.Claims link = claims.get();
        Optional<RatingLinkService.Rated> inquiry = service.inquiry(link.inquiryId());
        if (inquiry.isEmpty()) {
            return Optional.of(new Refusal(HttpStatus.NOT_FOUND, "この問合せは見つかりません。"));
        }
        if (!inquiry.get().requester().equals(link.requester())) {
            return Optional.of(new Refusal(HttpStatus.FORBIDDEN, "この評価用リンクは、この問合せの依頼者あてのものではありません。"));
        }
        if (service.used(link.linkId()) || inquiry.get().rated()) {
            return Optional.of(new Refusal(HttpStatus.CONFLICT, "この問合せは評価済みです。評価は1回だけできます。"));
        }
        return Optional.empty();
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refusal(Refusal refusal) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(refusal.status())
                .body(Pages.view("rate", null, "", "満足度の評価", new View("", "", "", false, refusal.message(), true)));
    }

    private ModelAndView<Map<String, Object>> page(String token, String done) {
        RatingLinks.Claims link = links().verify(token).orElseThrow();
        RatingLinkService.Rated inquiry = service.inquiry(link.inquiryId()).orElseThrow();
        return Pages.view("rate", null, "", "満足度の評価", new View(done == null ? token : "", "INQ-" + inquiry.id(),
                inquiry.title(), done == null, done, false));
    }

    private static Integer score(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("score", "満足度を 1 から 5 の中から選んでください。");
        }
    }
}
