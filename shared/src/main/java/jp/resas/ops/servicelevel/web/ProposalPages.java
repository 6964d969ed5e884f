package jp.resas.ops.servicelevel.web;

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
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.servicelevel.Proposal;
import jp.resas.ops.servicelevel.infrastructure.ProposalService;

/**
 * 改善提案 on pages (issue 19): the list, drafting one for a month, writing its sections (proposal,
 * expected effect, cost), submitting it, the owner's acceptance or refusal (whoever drafted or submitted
 * it is refused: segregation of duties) and the 改善提案書 (.docx with the month's service-level figures).
 * Calls the same service as {@code /improvement-proposals}.
 */
@Controller("/portal/proposals")
@Secured(SecurityRule.IS_ANONYMOUS)
class ProposalPages {

    private final ProposalService proposals;

    ProposalPages(ProposalService proposals) {
        this.proposals = proposals;
    }

    record Row(long id, String month, String title, String status, String author, String href) {
    }

    record ListView(List<Row> rows, String nextHref) {
    }

    record DetailView(long id, String month, String title, String proposal, String effect, String cost, String status,
            String author, String submittedBy, String decided, String comment, boolean draft, boolean submitted,
            long version) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        return listPage(Pages.user(authentication), cursor);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> draft(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            String month = form.get("month");
            long id = proposals.draft(month == null || month.isBlank() ? null
                    : ServiceLevelController.month("month", month.strip()), form.get("title"),
                    Actors.of(authentication, request));
            return Pages.seeOther("/portal/proposals/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("draft", form, e), listPage(user, null));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> detail(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> write(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return act("write", id, form, user, () -> proposals.write(id, version(form), form.get("proposal"),
                form.get("expectedEffect"), form.get("cost"), Actors.of(authentication, request)));
    }

    @Post(value = "/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return act("submit", id, form, user, () -> proposals.submit(id, version(form), Actors.of(authentication, request)));
    }

    @Post(value = "/{id}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        return act("decision", id, form, user, () -> {
            String decision = form.getOrDefault("decision", "");
            if (!decision.equals("accept") && !decision.equals("decline")) {
                throw new InvalidInputException("decision", "採用または不採用を選んでください。");
            }
            proposals.decide(id, version(form), decision.equals("accept"), blank(form.get("comment")),
                    Actors.of(authentication, request));
        });
    }

    @Get(value = "/{id}.docx", produces = ProposalController.DOCX)
    HttpResponse<byte[]> docx(@PathVariable long id, @Nullable Authentication authentication) {
        Pages.user(authentication);
        return HttpResponse.ok(Pages.found(() -> proposals.docx(id))).contentType(ProposalController.DOCX)
                .header("Content-Disposition", "attachment; filename=\"improvement-proposal-" + id + ".docx\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    private HttpResponse<?> act(String action, long id, Map<String, String> form, PortalUser user, Runnable change) {
        try {
            Pages.found(() -> {
                change.run();
                return id;
            });
            return Pages.seeOther("/portal/proposals/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused(action, form, e), page(id, user));
        }
    }

    private ModelAndView<Map<String, Object>> listPage(PortalUser user, String cursor) {
        Keyset.Request request = Keyset.request(null, cursor);
        List<Proposal> rows = proposals.list(request.limit() + 1, Keyset.afterNumber("id", request).orElse(null));
        boolean more = rows.size() > request.limit();
        List<Proposal> page = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? "/portal/proposals?cursor=" + Keyset.encode("id", page.get(page.size() - 1).id()) : null;
        return Pages.view("proposals", user, "meetings", "改善提案", new ListView(page.stream().map(p -> new Row(p.id(),
                p.month().toString(), p.title(), p.status().label(), p.author(), "/portal/proposals/" + p.id())).toList(),
                next));
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        Proposal p = Pages.found(() -> proposals.find(id));
        return Pages.view("proposal", user, "meetings", "改善提案 " + p.title(), new DetailView(p.id(),
                p.month().toString(), p.title(), text(p.proposal()), text(p.expectedEffect()), text(p.cost()),
                p.status().label(), p.author(), p.submittedBy() == null ? "—" : p.submittedBy(),
                p.decidedBy() == null ? "—" : p.decidedBy() + " " + Jst.at(p.decidedAt()), text(p.decisionComment()),
                p.status() == Proposal.Status.DRAFT, p.status() == Proposal.Status.SUBMITTED, p.version()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Long version(Map<String, String> form) {
        try {
            String value = form.get("version");
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
