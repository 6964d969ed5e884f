package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.CognitoFake;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;

/**
 * The refreshed session in a real browser, with Cognito's managed login ({@link CognitoFake}, Cognito's OAuth2
 * wire format): a form typed while the access token was valid and posted after it expired is saved (the refresh
 * token is traded once); with a refresh token Cognito refuses, the Japanese login page shows what was typed.
 * Screenshots for docs/portal.md.
 */
@MicronautTest(transactional = false, contextBuilder = RefreshedSessionBrowserTest.Context.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshedSessionBrowserTest {

    private static final String CLIENT_ID = "4portalclientid0browser0001";
    private static final String CALLBACK = "https://ops.example.go.jp/portal/callback";
    private static final CognitoFake COGNITO = new CognitoFake(CLIENT_ID);

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Browser browser;

    /** The test platform with the user pool's issuer, JWKS and managed login, as in AWS. */
    public static final class Context extends DefaultApplicationContextBuilder {
        public Context() {
            Map<String, Object> properties = new HashMap<>(TestPlatform.properties());
            properties.put("resas.security.issuer", COGNITO.issuer());
            properties.put("micronaut.security.token.jwt.signatures.jwks.cognito.url",
                    COGNITO.issuer() + "/.well-known/jwks.json");
            properties.put("resas.portal.cognito.domain", COGNITO.domain());
            properties.put("resas.portal.cognito.client-id", CLIENT_ID);
            properties.put("resas.portal.cognito.callback-url", CALLBACK);
            properties.put("resas.portal.cognito.logout-url", "https://ops.example.go.jp/portal/");
            properties(properties);
        }
    }

    @BeforeAll
    void start() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
        COGNITO.close();
    }

    private record Session(String accessToken, String refreshToken) {
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().flatMap(h -> HttpCookie.parse(h).stream())
                .filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    /** The managed login's code flow as the browser would follow it (the fake signs the user in at once). */
    private Session logIn(String user, String... groups) throws Exception {
        COGNITO.signInAs(user, groups);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/portal/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String authorize = login.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> returned = query(back.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> landed = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/portal/callback?code=" + returned.get("code") + "&state=" + returned.get("state")))
                .header("Cookie", "resas_login=" + cookie(login, "resas_login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(303);
        return new Session(cookie(landed, "resas_session"), cookie(landed, "resas_refresh"));
    }

    /** The browser holds the login's cookies, as after the callback. */
    private void holdCookies(String accessToken, String refreshToken) {
        browser.open("/portal/static/portal.css");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie.Builder("resas_session", accessToken).path("/").isHttpOnly(true)
                .build());
        browser.driver().manage().addCookie(new Cookie.Builder("resas_refresh", refreshToken).path("/portal")
                .isHttpOnly(true).build());
    }

    /** An hour passes: the browser still sends the session cookie, but its access token has expired. */
    private void tokenExpires(String user, String... groups) {
        browser.driver().manage().deleteCookieNamed("resas_session");
        browser.driver().manage().addCookie(new Cookie.Builder("resas_session",
                COGNITO.expiredAccessToken(user, groups)).path("/").isHttpOnly(true).build());
    }

    /** The values shown under 送信しようとした内容. */
    private java.util.List<String> typedValues() {
        return browser.all("#typed textarea").stream().map(e -> e.getAttribute("value")).toList();
    }

    private long refreshes() {
        return COGNITO.tokenRequests().stream().filter(r -> "refresh_token".equals(r.get("grant_type"))).count();
    }

    @Test
    void aFormPostedAfterTheTokenExpired_isSaved_afterOneRefresh() throws Exception {
        Session session = logIn("mori", "viewer");
        holdCookies(session.accessToken(), session.refreshToken());
        browser.open("/portal/inquiries/new");
        browser.type("#field-title", "一時間後に送った問合せ")
                .type("#field-body", "人口マップの2020年の値が前回の公開から変わっています。確認をお願いします。");
        tokenExpires("mori", "viewer");
        long before = refreshes();

        browser.click("button[type=submit].button:not(.secondary)");

        assertThat(browser.url()).matches(".*/portal/inquiries/\\d+$");
        assertThat(browser.text()).contains("一時間後に送った問合せ").contains("mori");
        assertThat(refreshes()).isEqualTo(before + 1);
        assertThat(browser.cookies().get("resas_session")).isNotEqualTo(session.accessToken());
        browser.checkPage("session-refreshed-form-saved");
    }

    @Test
    void aRefusedRefresh_showsTheLoginPage_withWhatWasTyped() throws Exception {
        Session session = logIn("ueda", "viewer");
        holdCookies(session.accessToken(), session.refreshToken());
        browser.open("/portal/inquiries/new");
        browser.type("#field-title", "保存されなかった問合せ").type("#field-body", "ログインが切れた後に送った本文です。");
        tokenExpires("ueda", "viewer");
        COGNITO.revoke(session.refreshToken());

        browser.click("button[type=submit].button:not(.secondary)");

        assertThat(browser.text()).contains("ログインの有効期限が切れたため、操作を完了できませんでした")
                .contains("送信しようとした内容（保存されていません）");
        assertThat(browser.source()).contains("保存されなかった問合せ").contains("ログインが切れた後に送った本文です。");
        assertThat(browser.text()).as("each field under its form's label, not its API name")
                .contains("件名（必須）").contains("問合せ内容").contains("優先度（必須）")
                .doesNotContain("項目 title").doesNotContain("項目 body");
        assertThat(typedValues()).as("a chosen value as its list showed it, not its code")
                .contains("中", "内閣官房", "ポータル").doesNotContain("MEDIUM", "CABINET", "PORTAL");
        browser.checkRefusedPage("session-refused-typed-kept", 401);
    }
}
