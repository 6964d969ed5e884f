package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * Planning an update round from a page: its name and, per catalog dataset ticked, the collect-on and
 * publish-by days; the round is then a draft waiting for the owner's approval on the rounds page. Calls
 * the API's {@code POST /rounds} use case, so its rules (name unique, datasets known, dates in order) hold.
 */
@Controller("/portal/data/rounds")
@Secured(SecurityRule.IS_ANONYMOUS)
class RoundPlanPages {

    private final CatalogService catalog;
    private final RoundService rounds;

    RoundPlanPages(CatalogService catalog, RoundService rounds) {
        this.catalog = catalog;
        this.rounds = rounds;
    }

    /** One catalog dataset as a row of the plan form. */
    record Row(String id, String name, String publisher) {
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@Nullable Authentication authentication) {
        return page(Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            List<RoundService.PlannedItem> items = new ArrayList<>();
            for (Dataset dataset : catalog.list()) {
                String id = dataset.id().value();
                if ("on".equals(form.get("include-" + id))) {
                    items.add(new RoundService.PlannedItem(id, date(form, "collectOn-" + id, dataset.name()),
                            date(form, "publishBy-" + id, dataset.name())));
                }
            }
            if (items.isEmpty()) {
                throw new InvalidInputException("items", "この更新回で更新するデータセットを 1 つ以上選んでください。");
            }
            long id = rounds.plan(form.get("name"), items, Actors.of(authentication, request));
            return Pages.seeOther("/portal/data/rounds#round-" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("plan", form, e), page(user));
        }
    }

    private ModelAndView<Map<String, Object>> page(PortalUser user) {
        List<Row> rows = catalog.list().stream()
                .map(d -> new Row(d.id().value(), d.name(), d.publisher() == null ? "" : d.publisher())).toList();
        return Pages.view("round-new", user, "data", "更新回の計画", rows);
    }

    /** A day of a ticked dataset: required, YYYY-MM-DD; refused naming the dataset (beside the dataset table). */
    private static LocalDate date(Map<String, String> form, String field, String dataset) {
        String value = form.get(field);
        String label = field.startsWith("collectOn") ? "収集日" : "公開期限";
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("items", "「" + dataset + "」の" + label + "を入力してください。");
        }
        try {
            return SaneDates.date(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("items", "「" + dataset + "」の" + label + "は YYYY-MM-DD 形式で入力してください。");
        } catch (InvalidInputException e) {
            throw new InvalidInputException("items", "「" + dataset + "」の" + label + ": " + e.getMessage());
        }
    }
}
