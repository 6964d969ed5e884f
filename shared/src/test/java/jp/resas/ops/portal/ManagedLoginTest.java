package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.platform.security.Pkce;
import jp.resas.ops.testutils.CognitoFake;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cognito managed login with the authorization code grant and PKCE, against {@link CognitoFake} (a local
 * endpoint answering Cognito's OAuth2 wire format and JWKS): the login, then every way around it refused
 * with no session opened.
 */
@MicronautTest(transactional = false, contextBuilder = ManagedLoginTest.Context.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagedLoginTest {

    private static final String CLIENT_ID = "4portalclientid0example0001";
    private static final String CALLBACK = "https://ops.example.go.jp/portal/callback";
    private static final String SIGNED_OUT = "https://ops.example.go.jp/portal/";

    /** Started before the context, which must know its address. */
    private static final CognitoFake COGNITO = new CognitoFake(CLIENT_ID);

    private final CognitoFake cognito = COGNITO;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    EmbeddedServer server;

    /**
     * The platform's test settings ({@link TestPlatform}: a fresh database, the local signing secret) with the
     * user pool's issuer and JWKS and the managed login in place of the local issuer, as in AWS.
     */
    public static final class Context extends DefaultApplicationContextBuilder {
        public Context() {
            Map<String, Object> properties = new HashMap<>(TestPlatform.properties());
            properties.putAll(cognito());
            properties(properties);
        }
    }

    static Map<String, String> cognito() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("resas.security.issuer", COGNITO.issuer());
        properties.put("micronaut.security.token.jwt.signatures.jwks.cognito.url",
                COGNITO.issuer() + "/.well-known/jwks.json");
        properties.put("resas.portal.cognito.domain", COGNITO.domain());
        properties.put("resas.portal.cognito.client-id", CLIENT_ID);
        properties.put("resas.portal.cognito.callback-url", CALLBACK);
        properties.put("resas.portal.cognito.logout-url", SIGNED_OUT);
        return properties;
    }

    @AfterAll
    void stop() {
        COGNITO.close();
    }

    /** What /portal/login handed the browser: the managed login URL's query and the attempt cookie. */
    private record Started(Map<String, String> authorize, String attemptCookie) {
    }

    /** The browser back at the callback: the code and state the managed login put in the redirect. */
    private record Returned(String code, String state) {
    }

    private HttpResponse<String> get(String pathOrUrl, String cookie) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
                : URI.create("http://localhost:" + server.getPort() + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<HttpCookie> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().flatMap(h -> HttpCookie.parse(h).stream())
                .filter(c -> c.getName().equals(name)).findFirst();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private Started start() throws Exception {
        HttpResponse<String> login = get("/portal/login", null);
        assertThat(login.statusCode()).isEqualTo(303);
        HttpCookie attempt = setCookie(login, "resas_login").orElseThrow();
        assertThat(attempt.isHttpOnly()).isTrue();
        assertThat(attempt.getPath()).isEqualTo("/portal/callback");
        return new Started(query(login.headers().firstValue("Location").orElseThrow()),
                "resas_login=" + attempt.getValue());
    }

    /** The user signs in at the managed login, which redirects back with a code. */
    private Returned signIn(Started started) throws Exception {
        HttpResponse<String> back = get(cognito.domain() + "/oauth2/authorize?" + encoded(started.authorize()), null);
        assertThat(back.statusCode()).isEqualTo(302);
        Map<String, String> answer = query(back.headers().firstValue("Location").orElseThrow());
        assertThat(back.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK + "?");
        return new Returned(answer.get("code"), answer.get("state"));
    }

    private static String encoded(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((k, v) -> text.append(text.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private HttpResponse<String> callback(Returned returned, String attemptCookie) throws Exception {
        return get("/portal/callback?code=" + returned.code() + "&state=" + returned.state(), attemptCookie);
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(message).contains("href=\"/portal/login\"");
        assertThat(setCookie(response, "resas_session")).isEmpty();
        // The attempt is spent whatever happened: its cookie is cleared.
        assertThat(setCookie(response, "resas_login").orElseThrow().getMaxAge()).isZero();
    }

    @Test
    void login_sendsTheBrowserToTheManagedLogin_withCodeFlow_S256Challenge_stateAndNonce() throws Exception {
        Started started = start();

        assertThat(started.authorize()).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", CALLBACK).containsEntry("code_challenge_method", "S256")
                .containsEntry("scope", "openid email").containsKeys("state", "nonce", "code_challenge");
        String[] secrets = started.attemptCookie().substring("resas_login=".length()).split("\\.");
        assertThat(secrets[0]).isEqualTo(started.authorize().get("state"));
        assertThat(Pkce.challenge(secrets[1])).isEqualTo(started.authorize().get("code_challenge"));
        assertThat(secrets[2]).isEqualTo(started.authorize().get("nonce"));
        // A second login is another attempt: nothing is reused.
        Started again = start();
        assertThat(again.authorize().get("state")).isNotEqualTo(started.authorize().get("state"));
        assertThat(again.authorize().get("code_challenge")).isNotEqualTo(started.authorize().get("code_challenge"));
    }

    @Test
    void callback_redeemsTheCodeWithTheVerifier_andOpensASessionThePagesAccept() throws Exception {
        cognito.signInAs("kato.haruka", "operator", "approver");
        Started started = start();
        Returned returned = signIn(started);

        HttpResponse<String> landed = callback(returned, started.attemptCookie());

        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location")).contains("/portal/");
        HttpCookie session = setCookie(landed, "resas_session").orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getMaxAge()).isBetween(3000L, 3600L);
        Map<String, String> redeemed = cognito.tokenRequests().get(cognito.tokenRequests().size() - 1);
        assertThat(redeemed).containsEntry("grant_type", "authorization_code").containsEntry("client_id", CLIENT_ID)
                .containsEntry("code", returned.code()).containsEntry("redirect_uri", CALLBACK)
                .containsEntry("code_verifier", started.attemptCookie().split("\\.")[1]);

        HttpResponse<String> dashboard = get("/portal/", "resas_session=" + session.getValue());
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.body()).contains("kato.haruka").contains("承認者・運用担当");
        // The same session is refused where its groups do not reach: an operator is not an admin.
        assertThat(get("/portal/settings/sla", "resas_session=" + session.getValue()).statusCode()).isEqualTo(403);
    }

    @Test
    void wrongState_isRefused_beforeTheCodeIsRedeemed() throws Exception {
        cognito.signInAs("suzuki", "operator");
        Started started = start();
        Returned returned = signIn(started);
        int redeemed = cognito.tokenRequests().size();

        assertRefused(callback(new Returned(returned.code(), Pkce.random()), started.attemptCookie()),
                "ログインの要求と応答が一致しません");
        // An attacker's callback in the victim's browser: the victim's attempt, the attacker's code and state.
        Started victim = start();
        assertRefused(callback(returned, victim.attemptCookie()), "ログインの要求と応答が一致しません");
        assertThat(cognito.tokenRequests()).hasSize(redeemed);
    }

    @Test
    void replayedCode_isRefused_andOpensNoSecondSession() throws Exception {
        cognito.signInAs("tanaka", "viewer");
        Started started = start();
        Returned returned = signIn(started);
        assertThat(callback(returned, started.attemptCookie()).statusCode()).isEqualTo(303);

        // The browser kept the spent cookie (or the URL leaked with it): Cognito refuses the used code.
        assertRefused(callback(returned, started.attemptCookie()), "ログイン用のコードが無効か、使用済みです");
        assertThat(cognito.tokenRequests().get(cognito.tokenRequests().size() - 1))
                .containsEntry("code", returned.code());
    }

    @Test
    void missingOrWrongVerifier_isRefused() throws Exception {
        cognito.signInAs("ito", "operator");
        Started started = start();
        Returned returned = signIn(started);
        int redeemed = cognito.tokenRequests().size();

        // No attempt cookie (another browser, or it expired): nothing to prove the code with.
        assertRefused(callback(returned, null), "ログインの手続きが見つかりません");
        assertRefused(callback(returned, "resas_login=" + returned.state()), "ログインの手続きが見つかりません");
        assertThat(cognito.tokenRequests()).hasSize(redeemed);

        // The right state with another attempt's verifier: the token endpoint refuses the challenge.
        String[] other = start().attemptCookie().substring("resas_login=".length()).split("\\.");
        assertRefused(callback(returned, "resas_login=" + returned.state() + "." + other[1] + "." + other[2]),
                "ログイン用のコードが無効か、使用済みです");
    }

    @Test
    void tokensForAnotherAppClient_expired_orSignedWithAKeyNotInTheJwks_areRefused() throws Exception {
        CognitoFake.Issue base = cognito.signInAs("watanabe", "admin");
        for (CognitoFake.Issue bent : new CognitoFake.Issue[] {base.with("another-app-client-id"),
                base.lasting(Duration.ofMinutes(-5)), base.signedElsewhere()}) {
            cognito.signInAs(bent);
            Started started = start();
            assertRefused(callback(signIn(started), started.attemptCookie()), "認証情報を確認できませんでした");
        }
    }

    @Test
    void theManagedLoginsError_isShownInJapanese() throws Exception {
        Started started = start();
        assertRefused(get("/portal/callback?error=access_denied&state=" + started.authorize().get("state"),
                started.attemptCookie()), "ログインが取り消されたか、認証に失敗しました");
    }

    @Test
    void withoutASession_thePageOffersTheManagedLogin_notTheLocalCommand() throws Exception {
        HttpResponse<String> page = get("/portal/", null);

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("href=\"/portal/login\"").doesNotContain("resas-ops login-url");
        // The one-machine login link is not served beside the managed login.
        assertThat(get("/portal/login?token=anything", null).headers().firstValue("Location").orElseThrow())
                .startsWith(cognito.domain() + "/oauth2/authorize?");
    }

    @Test
    void logout_clearsTheSession_andEndsTheManagedLoginSession() throws Exception {
        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                + "/portal/logout")).header("Origin", "http://localhost:" + server.getPort())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(303);
        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(cognito.domain() + "/logout?");
        assertThat(query(location)).containsEntry("client_id", CLIENT_ID).containsEntry("logout_uri", SIGNED_OUT);
        assertThat(setCookie(out, "resas_session").orElseThrow().getMaxAge()).isZero();
        HttpResponse<String> back = get(location, null);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).contains(SIGNED_OUT);
    }

    /** The cookies a completed managed login left in the browser. */
    private record Session(String accessToken, String refreshToken) {
    }

    private Session logIn(String user, String... groups) throws Exception {
        cognito.signInAs(user, groups);
        Started started = start();
        HttpResponse<String> landed = callback(signIn(started), started.attemptCookie());
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(303);
        HttpCookie refresh = setCookie(landed, "resas_refresh").orElseThrow();
        assertThat(refresh.isHttpOnly()).isTrue();
        // Sent to the portal's pages only, never to the API, for as long as the client's refresh tokens last.
        assertThat(refresh.getPath()).isEqualTo("/portal");
        assertThat(refresh.getMaxAge()).isEqualTo(Duration.ofHours(12).toSeconds());
        return new Session(setCookie(landed, "resas_session").orElseThrow().getValue(), refresh.getValue());
    }

    private long refreshes() {
        return cognito.tokenRequests().stream().filter(r -> "refresh_token".equals(r.get("grant_type"))).count();
    }

    private HttpResponse<String> postInquiry(String cookie, String title) throws Exception {
        String form = "title=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&priority=LOW&requesterKind=CABINET&channel=EMAIL&body="
                + java.net.URLEncoder.encode("一時間かけて書いた本文", StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/portal/inquiries"))
                .header("Origin", "http://localhost:" + server.getPort()).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anExpiredAccessToken_isRefreshedOnce_andTheFormPostedWithItIsSaved() throws Exception {
        Session session = logIn("mori", "viewer");
        String expired = cognito.expiredAccessToken("mori", "viewer");
        long before = refreshes();

        // An hour later the form is posted with the expired token: refreshed first, the inquiry is saved.
        HttpResponse<String> posted = postInquiry("resas_session=" + expired + "; resas_refresh="
                + session.refreshToken(), "期限切れの後に送った問合せ");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).matches("/portal/inquiries/[0-9]+");
        assertThat(refreshes()).isEqualTo(before + 1);
        Map<String, String> asked = cognito.tokenRequests().get(cognito.tokenRequests().size() - 1);
        assertThat(asked).containsEntry("grant_type", "refresh_token").containsEntry("client_id", CLIENT_ID)
                .containsEntry("refresh_token", session.refreshToken());
        HttpCookie renewed = setCookie(posted, "resas_session").orElseThrow();
        assertThat(renewed.getValue()).isNotEqualTo(expired).isNotEqualTo(session.accessToken());
        assertThat(renewed.getMaxAge()).isBetween(3000L, 3600L);
        assertThat(setCookie(posted, "resas_refresh")).isEmpty();

        // The new session is used as it is: no second refresh.
        String cookies = "resas_session=" + renewed.getValue() + "; resas_refresh=" + session.refreshToken();
        HttpResponse<String> created = get(posted.headers().firstValue("Location").orElseThrow(), cookies);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("期限切れの後に送った問合せ").contains("mori");
        assertThat(refreshes()).isEqualTo(before + 1);

        // The browser already dropped the session cookie (its max-age is the token's life): refreshed too.
        HttpResponse<String> dropped = get("/portal/", "resas_refresh=" + session.refreshToken());
        assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(200);
        assertThat(dropped.body()).contains("mori");
        assertThat(refreshes()).isEqualTo(before + 2);
    }

    @Test
    void aRefusedRefresh_sendsTheUserToLogin_inJapanese_showingWhatTheyTyped_andSavesNothing() throws Exception {
        Session session = logIn("ueda", "viewer");
        cognito.revoke(session.refreshToken());
        String expired = cognito.expiredAccessToken("ueda", "viewer");
        long before = refreshes();

        HttpResponse<String> posted = postInquiry("resas_session=" + expired + "; resas_refresh="
                + session.refreshToken(), "保存されない問合せ");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(401);
        assertThat(refreshes()).isEqualTo(before + 1);
        assertThat(posted.body()).contains("ログインの有効期限が切れたため、操作を完了できませんでした")
                .contains("href=\"/portal/login\"").contains("送信しようとした内容")
                .contains("保存されない問合せ").contains("一時間かけて書いた本文");
        assertThat(setCookie(posted, "resas_session").orElseThrow().getMaxAge()).isZero();
        assertThat(setCookie(posted, "resas_refresh").orElseThrow().getMaxAge()).isZero();
        HttpResponse<String> list = get("/portal/inquiries?mine=true", "resas_session=" + logIn("ueda", "viewer")
                .accessToken());
        assertThat(list.body()).doesNotContain("保存されない問合せ");

        // A page (not a form): the same login page, no data, the cookies cleared.
        HttpResponse<String> page = get("/portal/", "resas_session=" + expired + "; resas_refresh="
                + session.refreshToken());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("ログインの有効期限が切れたため").doesNotContain("送信しようとした内容")
                .doesNotContain("ueda");
    }

    @Test
    void aSessionStillValid_isNotRefreshed_andLoggingOutClearsTheRefreshToken() throws Exception {
        Session session = logIn("noda", "operator");
        long before = refreshes();

        HttpResponse<String> page = get("/portal/", "resas_session=" + session.accessToken() + "; resas_refresh="
                + session.refreshToken());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(refreshes()).isEqualTo(before);
        assertThat(setCookie(page, "resas_session")).isEmpty();
        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                + "/portal/logout")).header("Origin", "http://localhost:" + server.getPort())
                .header("Cookie", "resas_session=" + session.accessToken() + "; resas_refresh=" + session.refreshToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpCookie cleared = setCookie(out, "resas_refresh").orElseThrow();
        assertThat(cleared.getMaxAge()).isZero();
        assertThat(cleared.getPath()).isEqualTo("/portal");
    }

    private HttpResponse<String> logout(Session session) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                + "/portal/logout")).header("Origin", "http://localhost:" + server.getPort())
                .header("Cookie", "resas_session=" + session.accessToken() + "; resas_refresh=" + session.refreshToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void logout_revokesTheRefreshToken_beforeEndingTheManagedLoginSession_soACopiedCookieGetsNoNewToken()
            throws Exception {
        Session session = logIn("sato", "operator");
        int before = cognito.revocationRequests().size();

        HttpResponse<String> out = logout(session);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location").orElseThrow()).startsWith(cognito.domain() + "/logout?");
        assertThat(cognito.revocationRequests()).hasSize(before + 1);
        assertThat(cognito.revocationRequests().get(before)).containsEntry("token", session.refreshToken())
                .containsEntry("client_id", CLIENT_ID);
        assertThat(setCookie(out, "resas_session").orElseThrow().getMaxAge()).isZero();
        assertThat(setCookie(out, "resas_refresh").orElseThrow().getMaxAge()).isZero();

        // Someone who copied the refresh cookie before the logout gets no new session from it.
        long refreshesBefore = refreshes();
        HttpResponse<String> copied = get("/portal/", "resas_refresh=" + session.refreshToken());
        assertThat(refreshes()).isEqualTo(refreshesBefore + 1);
        assertThat(copied.statusCode()).isEqualTo(401);
        assertThat(copied.body()).contains("ログインの有効期限が切れたため").doesNotContain("sato");
    }

    @Test
    void aFailedRevocation_stillLogsOutLocally_andIsLogged() throws Exception {
        Session session = logIn("kudo", "operator");
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.apache.logging.log4j.core.Logger logger = (org.apache.logging.log4j.core.Logger)
                org.apache.logging.log4j.LogManager.getLogger("jp.resas.ops.portal.web.SessionController");
        org.apache.logging.log4j.core.appender.AbstractAppender capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender("revocation-capture", null, null, true,
                        org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent event) {
                        logged.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
                    }
                };
        capture.start();
        logger.addAppender(capture);
        cognito.revocationDown(true);
        try {
            int before = cognito.revocationRequests().size();

            HttpResponse<String> out = logout(session);

            assertThat(cognito.revocationRequests()).hasSize(before + 1);
            assertThat(out.statusCode()).isEqualTo(303);
            assertThat(out.headers().firstValue("Location").orElseThrow()).startsWith(cognito.domain() + "/logout?");
            assertThat(setCookie(out, "resas_session").orElseThrow().getMaxAge()).isZero();
            assertThat(setCookie(out, "resas_refresh").orElseThrow().getMaxAge()).isZero();
            assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("WARN")
                    .contains("refresh token could not be revoked").contains("server_error"));
        } finally {
            cognito.revocationDown(false);
            logger.removeAppender(capture);
            capture.stop();
        }
    }
}
