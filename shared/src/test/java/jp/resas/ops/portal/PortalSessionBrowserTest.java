package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.security.LoginLinks;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Getting in: no session shows how to log in and no data; a one-time link opens a session once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSessionBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
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
    void root_withoutSession_showsHowToLogInAndNoData() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/");

        assertThat(browser.url()).endsWith("/portal/");
        assertThat(browser.source()).contains("<h1>ログインしてください</h1>");
        assertThat(browser.text()).contains("resas-ops login-url --user").doesNotContain("対応中の障害");
        assertThat(browser.all("nav.site-nav")).isEmpty();
        browser.checkRefusedPage("signin", 401);
    }

    @Test
    void loginLink_opensSessionOnDashboard_onceOnly() {
        browser.driver().manage().deleteAllCookies();
        String token = new LoginLinks(TestPlatform.SECRET, Clock.systemUTC()).issue("kato", List.of("operator"));

        browser.open("/portal/login?token=" + token);

        assertThat(browser.url()).endsWith("/portal/");
        assertThat(browser.find("h1").getText()).isEqualTo("ダッシュボード");
        assertThat(browser.find(".who").getText()).contains("kato").contains("運用担当");
        browser.checkPage("dashboard");

        browser.driver().manage().deleteAllCookies();
        browser.open("/portal/login?token=" + token);
        assertThat(browser.text()).contains("使用済み");
        assertThat(browser.cookies()).doesNotContainKey("resas_session");
        browser.checkRefusedPage("login-link-used", 400);
    }

    @Test
    void loginLink_forgedOrForeign_isRefused() {
        browser.driver().manage().deleteAllCookies();
        String foreign = new LoginLinks("another-secret-0123456789abcdef0123456789abcdef", Clock.systemUTC())
                .issue("mallory", List.of("admin"));

        browser.open("/portal/login?token=" + foreign);

        assertThat(browser.text()).contains("正しくないか、有効期限");
        assertThat(browser.cookies()).doesNotContainKey("resas_session");
    }

    @Test
    void apiToken_isNotALoginLink_andLoginLinkIsNotAnApiToken() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/portal/login?token=" + TestPlatform.token("kato", "admin"));
        assertThat(browser.text()).contains("正しくないか、有効期限");

        String link = new LoginLinks(TestPlatform.SECRET, Clock.systemUTC()).issue("kato", List.of("admin"));
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("resas_session", link));
        browser.open("/portal/");
        assertThat(browser.find("h1").getText()).isEqualTo("ログインしてください");
    }
}
