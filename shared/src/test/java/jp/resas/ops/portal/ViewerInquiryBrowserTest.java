package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * A viewer (内閣官房の担当者) submits an inquiry through the pages, follows it, and reads the answer an
 * operator wrote; on every page the viewer can reach there is no write control but the inquiry form.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerInquiryBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.attachments.directory",
                    java.nio.file.Files.createTempDirectory("viewer-attachments").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void viewer_submitsAndFollowsAnInquiry_operatorAnswersIt_viewerSeesNoWriteControl() {
        String title = "地域経済循環マップの数値について";
        browser.loginAs("tanaka", "viewer");
        browser.click(".site-nav a[href='/portal/inquiries']");
        browser.checkPage("inquiries-empty");
        browser.click("a.button[href='/portal/inquiries/new']");
        browser.checkPage("inquiry-new");

        // Refused by the use case: the message stands beside the field it names, and what was typed stays.
        browser.type("#field-title", title).click("button[type=submit].button:not(.secondary)");
        assertThat(browser.find(".field.has-error #field-body")).isNotNull();
        assertThat(browser.find(".field.has-error .error-message").getText()).contains("body").contains("入力してください");
        assertThat(browser.find("#field-title").getAttribute("value")).isEqualTo(title);
        browser.checkRefusedPage("inquiry-new-refused", 400);

        browser.type("#field-body", "2020年の移輸出額が前年の10倍になっています。データの誤りでしょうか。")
                .click("button[type=submit].button:not(.secondary)");
        assertThat(browser.url()).matches(".*/portal/inquiries/\\d+$");
        long id = Long.parseLong(browser.url().replaceAll(".*/", ""));
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("受付");
        assertThat(browser.find("h1").getText()).isEqualTo("INQ-" + id + " " + title);
        assertThat(sql.queryOne("SELECT requester FROM ticket WHERE id = ?", row -> row.getString(1), id))
                .contains("tanaka");
        browser.checkPage("inquiry-received");
        assertNoWriteControl();

        // An operator answers it; answering without the answer is refused beside the answer field.
        browser.loginAs("kato", "operator").open("/portal/inquiries?status=RECEIVED");
        browser.click("a[href='/portal/inquiries/" + id + "']");
        browser.choose("#field-to", "回答済").type("#field-note", "データ提供元に確認済み")
                .click("section[aria-labelledby=transition-heading] button[type=submit]");
        assertThat(browser.find(".field.has-error #field-answer")).isNotNull();
        assertThat(browser.find("#field-note").getAttribute("value")).isEqualTo("データ提供元に確認済み");
        browser.checkRefusedPage("inquiry-answer-refused", 400);
        browser.choose("#field-to", "回答済")
                .type("#field-answer", "提供元の訂正前データでした。12月の更新で訂正します。")
                .click("section[aria-labelledby=transition-heading] button[type=submit]");
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("回答済");
        browser.checkPage("inquiry-answered-operator");

        // The viewer follows their inquiries and reads the answer.
        browser.loginAs("tanaka", "viewer").open("/portal/inquiries");
        browser.click("#field-mine").click("form.filters button[type=submit]");
        assertThat(browser.url()).contains("mine=true");
        WebElement row = browser.find("a[href='/portal/inquiries/" + id + "']").findElement(
                org.openqa.selenium.By.xpath("ancestor::tr"));
        assertThat(row.getText()).contains("回答済");
        browser.checkPage("inquiries-mine");
        browser.click("a[href='/portal/inquiries/" + id + "']");
        assertThat(browser.text()).contains("提供元の訂正前データでした。12月の更新で訂正します。");
        browser.checkPage("inquiry-answered");

        List<String> visited = assertNoWriteControlOnEveryReachablePage();
        assertThat(visited).contains("/portal/", "/portal/inquiries", "/portal/inquiries/{id}", "/portal/incidents",
                "/portal/work-requests", "/portal/change-requests", "/portal/issues", "/portal/approvals");
    }

    @Test
    void viewer_postingAnOperatorsFormAnyway_isRefusedByTheServer() throws Exception {
        browser.loginAs("tanaka", "viewer").open("/portal/inquiries/new");
        browser.type("#field-title", "権限の確認").type("#field-body", "本文")
                .click("button[type=submit].button:not(.secondary)");
        long id = Long.parseLong(browser.url().replaceAll(".*/", ""));
        String cookie = "resas_session=" + browser.cookies().get("resas_session");
        var http = java.net.http.HttpClient.newHttpClient();
        for (String action : List.of("transitions", "assignee", "comments")) {
            var answer = http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/portal/inquiries/"
                    + id + "/" + action)).header("Cookie", cookie).header("Origin", server.getURL().toString())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("to=ANSWERED&answer=x&assignee=tanaka&text=x&version=1"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(action).isEqualTo(403);
            assertThat(answer.body()).contains("権限がありません");
        }
        assertThat(sql.queryOne("SELECT status || ':' || coalesce(assignee, '-') FROM ticket WHERE id = ?",
                row -> row.getString(1), id)).contains("RECEIVED:-");
    }

    /** The only forms a viewer meets post to logout, or search with GET; no button outside them. */
    private void assertNoWriteControl() {
        List<String> writes = browser.all("form").stream()
                .filter(f -> !"get".equalsIgnoreCase(f.getAttribute("method")))
                .map(f -> f.getAttribute("action")).filter(action -> !action.endsWith("/portal/logout"))
                // attaching a file to an inquiry they raised is, with submitting it, the viewer's one write
                .filter(action -> !action.matches(".*/portal/inquiries/\\d+/attachments")).toList();
        assertThat(writes).as("write forms on " + browser.url()).isEmpty();
        assertThat(browser.all("button, input[type=submit]").stream()
                .filter(b -> b.findElements(org.openqa.selenium.By.xpath("ancestor::form")).stream()
                        .noneMatch(f -> "get".equalsIgnoreCase(f.getAttribute("method"))
                                || f.getAttribute("action").endsWith("/portal/logout")
                                || f.getAttribute("action").matches(".*/portal/inquiries/\\d+/attachments")))
                .toList()).as("buttons outside search/logout on " + browser.url()).isEmpty();
        assertThat(browser.all("textarea")).as("text areas on " + browser.url()).isEmpty();
    }

    /**
     * Follows every link under /portal/ from the dashboard, each page shape once (ids as {id}), and checks
     * each: no write control (except the inquiry form, the viewer's one write), axe-core, no console error.
     */
    private List<String> assertNoWriteControlOnEveryReachablePage() {
        Set<String> shapes = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/portal/"));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            String shape = path.replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "");
            if (!shapes.add(shape)) {
                continue;
            }
            browser.open(path);
            assertThat(URI.create(browser.url()).getRawPath()).as("no redirect away from " + path)
                    .isEqualTo(path.replaceAll("\\?.*", ""));
            // submitting an inquiry and rating its answer (issue 19's signed link) are the viewer's writes
            if (!shape.equals("/portal/inquiries/new") && !shape.equals("/portal/rate")) {
                assertNoWriteControl();
            }
            browser.checkPage("viewer" + shape.replace("/portal", "").replaceAll("[^a-z]+", "-"));
            for (WebElement link : browser.all("a[href]")) {
                String href = URI.create(link.getAttribute("href")).getRawPath();
                String query = URI.create(link.getAttribute("href")).getRawQuery();
                // downloads (.csv, .xlsx, .docx, .zip, .pdf) leave the page where it was: not pages to crawl
                if (href != null && href.startsWith("/portal/") && !href.contains("/attachments/")
                        && !href.matches(".*\\.(csv|xlsx|docx|zip|pdf)$")) {
                    queue.add(query == null ? href : href + "?" + query);
                }
            }
        }
        return List.copyOf(shapes);
    }
}
