package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.platform.security.LoginLinks;
import jp.resas.ops.platform.security.RatingLinks;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketTransition;
import jp.resas.ops.ticket.infrastructure.TicketService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The satisfaction rating through a signed link (issue 19): the requester of an answered inquiry finds
 * the link on its page and rates it once with no other login; a second use, a forged, expired or login
 * link, a link naming someone else and an inquiry not answered are refused, and nothing is stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingLinkBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    TicketService tickets;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        try {
            // the ticket pages read attachments, which need their store (as resas-ops local configures it)
            properties.put("resas.attachments.directory",
                    java.nio.file.Files.createTempDirectory("portal-rest-store").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void start() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private long inquiry(String title, String requester, boolean answered) {
        TicketId id = tickets.open(InquiryRules.RULES, new NewTicket(title, Priority.MEDIUM,
                Map.of("requesterKind", "OWNER", "channel", "PORTAL", "body", "本文"), null, null),
                new Actor(requester, "127.0.0.1"));
        if (answered) {
            long version = sql.queryOne("SELECT version FROM ticket WHERE id = ?", row -> row.getLong(1), id.value())
                    .orElseThrow();
            tickets.transition(InquiryRules.RULES, id, new TicketTransition("ANSWERED", version, null,
                    Map.of("answer", "手順書の 3 章をご覧ください。")), new Actor("kato", "127.0.0.1"));
        }
        return id.value();
    }

    private long ratings(long id) {
        return sql.queryOne("SELECT count(*) FROM satisfaction_rating WHERE ticket_id = ?", row -> row.getLong(1), id)
                .orElseThrow();
    }

    private long usedLinks(long id) {
        return sql.queryOne("SELECT count(*) FROM rating_link_used WHERE ticket_id = ?", row -> row.getLong(1), id)
                .orElseThrow();
    }

    @Test
    void requesterRatesOnceThroughTheLink_withoutAnyOtherLogin_aSecondUseIsRefused() throws Exception {
        long id = inquiry("統計表のダウンロード方法", "tanaka", true);
        browser.loginAs("tanaka", "viewer").open("/portal/inquiries/" + id);
        String link = browser.find("#rating-link").getAttribute("href");
        browser.checkPage("inquiry-rating-link");

        browser.driver().manage().deleteAllCookies();
        browser.open(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
        assertThat(browser.find("main").getText()).contains("INQ-" + id).contains("統計表のダウンロード方法");
        browser.checkPage("rating");
        browser.type("#field-comment", "すぐに分かりました").click("button[type=submit]");
        assertThat(browser.find("#field-score.has-error .error-message").getText()).contains("1 から 5");
        assertThat(browser.find("#field-comment").getAttribute("value")).isEqualTo("すぐに分かりました");
        assertThat(ratings(id)).isZero();
        assertThat(usedLinks(id)).as("a refused rating leaves the link unused").isZero();
        browser.checkRefusedPage("rating-refused", 400);

        browser.click("#score-4").click("button[type=submit]");
        assertThat(browser.find("#rating-message").getText()).contains("評価を受け付けました");
        assertThat(sql.queryOne("SELECT score || ':' || rated_by || ':' || comment FROM satisfaction_rating WHERE ticket_id = ?",
                row -> row.getString(1), id)).contains("4:tanaka:すぐに分かりました");
        browser.checkPage("rating-done");

        browser.open(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
        assertThat(browser.find("#rating-message").getText()).contains("評価済み");
        assertThat(browser.all("form[action='/portal/rate']")).isEmpty();
        browser.checkRefusedPage("rating-used", 409);
        String token = URI.create(link).getRawQuery().replaceFirst("^token=", "");
        assertThat(post(token, "1").statusCode()).isEqualTo(409);
        // A fresh link for the same inquiry cannot rate it a second time either.
        assertThat(post(new RatingLinks(TestPlatform.SECRET, Clock.systemUTC()).issue(id, "tanaka"), "1").statusCode())
                .isEqualTo(409);
        assertThat(ratings(id)).isEqualTo(1);
        assertThat(sql.queryOne("SELECT score FROM satisfaction_rating WHERE ticket_id = ?", row -> row.getInt(1), id))
                .contains(4);
    }

    @Test
    void forgedExpiredLoginOrSomeoneElsesLinks_areRefused_andNothingIsStored() throws Exception {
        long id = inquiry("地図が表示されない", "tanaka", true);
        RatingLinks links = new RatingLinks(TestPlatform.SECRET, Clock.systemUTC());
        String good = links.issue(id, "tanaka");
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        String otherKey = new RatingLinks("another-secret-of-at-least-32-characters!!", Clock.systemUTC()).issue(id, "tanaka");
        String expired = new RatingLinks(TestPlatform.SECRET, Clock.fixed(Instant.now().minus(Duration.ofDays(15)),
                ZoneOffset.UTC)).issue(id, "tanaka");
        String login = new LoginLinks(TestPlatform.SECRET, Clock.systemUTC()).issue("tanaka", List.of("viewer"));
        String someoneElse = links.issue(id, "yamada");
        String otherInquiry = links.issue(inquiry("ほかの問合せ", "yamada", true), "tanaka");

        for (String token : List.of(tampered, otherKey, expired, login, someoneElse, otherInquiry)) {
            HttpResponse<String> answer = post(token, "5");
            assertThat(answer.statusCode()).as(token).isEqualTo(403);
            assertThat(answer.body()).containsAnyOf("正しくないか", "依頼者あてのものではありません");
        }
        browser.driver().manage().deleteAllCookies();
        browser.open("/portal/rate?token=" + URLEncoder.encode(expired, StandardCharsets.UTF_8));
        assertThat(browser.find("#rating-message").getText()).contains("有効期限");
        browser.checkRefusedPage("rating-expired", 403);
        browser.open("/portal/rate?token=" + URLEncoder.encode(someoneElse, StandardCharsets.UTF_8));
        assertThat(browser.find("#rating-message").getText()).contains("依頼者あてのものではありません");
        assertThat(ratings(id)).isZero();
        assertThat(usedLinks(id)).isZero();
        assertThat(post(good, "5").statusCode()).as("the genuine link still works").isEqualTo(200);
        assertThat(ratings(id)).isEqualTo(1);
    }

    @Test
    void notAnsweredYet_isRefusedAndTheLinkStaysUnused_onlyRequesterAndOperatorsSeeTheLink() throws Exception {
        long open = inquiry("まだ調査中", "tanaka", false);
        String token = new RatingLinks(TestPlatform.SECRET, Clock.systemUTC()).issue(open, "tanaka");
        assertThat(post(token, "3").statusCode()).isEqualTo(409);
        assertThat(ratings(open)).isZero();
        assertThat(usedLinks(open)).isZero();
        browser.loginAs("tanaka", "viewer").open("/portal/inquiries/" + open);
        assertThat(browser.all("#rating-link")).isEmpty();

        long answered = inquiry("回答済みの問合せ", "tanaka", true);
        browser.loginAs("yamada", "viewer").open("/portal/inquiries/" + answered);
        assertThat(browser.all("#rating-link")).as("a viewer who did not raise it").isEmpty();
        browser.loginAs("kato", "operator").open("/portal/inquiries/" + answered);
        assertThat(browser.find("section[aria-labelledby=rating-heading]").getText()).contains("依頼者に回答と一緒に送る");
    }

    private HttpResponse<String> post(String token, String score) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/portal/rate"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&score=" + score + "&comment=x")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
