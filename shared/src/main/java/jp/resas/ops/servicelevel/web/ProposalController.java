package jp.resas.ops.servicelevel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.servicelevel.Proposal;
import jp.resas.ops.servicelevel.infrastructure.ProposalService;

/** 改善提案: the operator drafts, writes and submits; 主管課 (approver) accepts or declines. */
@Controller("/improvement-proposals")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class ProposalController {

    record Draft(String month, String title) {
    }

    record Sections(Long version, String proposal, String expectedEffect, String cost) {
    }

    record Decision(Long version, String comment) {
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Get("/{id}")
    Proposal get(@PathVariable long id) {
        return proposals.find(id);
    }

    @Get("/{id}.docx")
    HttpResponse<byte[]> docx(@PathVariable long id) {
        return HttpResponse.ok(proposals.docx(id)).contentType(DOCX).header("Content-Disposition",
                "attachment; filename=\"improvement-proposal-" + id + ".docx\"");
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<Proposal> draft(@Body Draft body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(get(proposals.draft(body.month() == null ? null
                : ServiceLevelController.month("month", body.month()), body.title(), Actors.of(user, request))));
    }

    @Put("/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Proposal write(@PathVariable long id, @Body Sections body, Authentication user, HttpRequest<?> request) {
        proposals.write(id, body.version(), body.proposal(), body.expectedEffect(), body.cost(), Actors.of(user, request));
        return get(id);
    }

    @Post("/{id}/submit")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Proposal submit(@PathVariable long id, @Body Decision body, Authentication user, HttpRequest<?> request) {
        proposals.submit(id, body.version(), Actors.of(user, request));
        return get(id);
    }

    @Post("/{id}/accept")
    @Secured({Roles.APPROVER})
    Proposal accept(@PathVariable long id, @Body Decision body, Authentication user, HttpRequest<?> request) {
        proposals.decide(id, body.version(), true, body.comment(), Actors.of(user, request));
        return get(id);
    }

    @Post("/{id}/decline")
    @Secured({Roles.APPROVER})
    Proposal decline(@PathVariable long id, @Body Decision body, Authentication user, HttpRequest<?> request) {
        proposals.decide(id, body.version(), false, body.comment(), Actors.of(user, request));
        return get(id);
    }
}
