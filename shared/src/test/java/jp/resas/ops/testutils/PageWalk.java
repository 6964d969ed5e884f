package jp.resas.ops.testutils;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a portal list over HTTP the way a person does: open the first page, follow 次のページ
 * ({@code id="next-page"}) until there is none; every page must answer 200 and weigh under 200 KB. What each
 * page showed is collected by a pattern's first group, so a test asserts every row once and nothing else.
 */
public final class PageWalk {

    public static final int MAX_PAGE_BYTES = 200 * 1024;
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]*)\"[^>]*\\bid=\"next-page\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;
    private final String session;

    /** Pages read with a session cookie of {@code user} in {@code groups}. */
    public PageWalk(int port, String user, String... groups) {
        this.port = port;
        this.session = TestPlatform.token(user, groups);
    }

    /** What a walk saw: the rows in the order shown, the pages' paths. */
    public record Walk(List<String> rows, List<String> paths) {
    }

    /** The page at {@code path}; a fragment ({@code #timeline}) stays in the browser, as it would. */
    public HttpResponse<String> get(String path) throws Exception {
        int fragment = path.indexOf('#');
        String sent = fragment < 0 ? path : path.substring(0, fragment);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sent))
                .header("Cookie", "resas_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted from the portal's own origin (as the browser sends it); redirects are not followed. */
    public HttpResponse<String> post(String path, java.util.Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "resas_session=" + session).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every page from {@code first} on, following 次のページ; {@code row}'s first group of each match collected. */
    public Walk walk(String first, Pattern row) throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        String path = first;
        while (path != null) {
            assertThat(paths).as("a page seen twice: the next link loops").doesNotContain(path);
            paths.add(path);
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path + "\n" + page.body()).isEqualTo(200);
            assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(MAX_PAGE_BYTES);
            rows.addAll(matches(page.body(), row));
            path = next(page.body());
            assertThat(paths.size()).as("pages walked").isLessThan(1000);
        }
        return new Walk(rows, paths);
    }

    public static List<String> matches(String page, Pattern row) {
        List<String> found = new ArrayList<>();
        Matcher m = row.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The 次のページ link's target, unescaped; null on the last page. */
    public static String next(String page) {
        Matcher m = NEXT.matcher(page);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /** A forged cursor: refused with 400 and the Japanese message naming the cursor, showing none of the rows. */
    public void refusesForgedCursor(String pathWithCursorParam, Pattern row) throws Exception {
        for (String cursor : List.of("bm90LWEtY3Vyc29y", "%25%25%25", "aWQ.MTIz", "Y3JlYXRlZF9hdCxpZA.eA.eQ")) {
            HttpResponse<String> page = get(pathWithCursorParam + cursor);
            assertThat(page.statusCode()).as(cursor + "\n" + page.body()).isEqualTo(400);
            assertThat(page.body()).as(cursor).contains("cursor が正しくありません");
            assertThat(matches(page.body(), row)).as(cursor).isEmpty();
        }
    }
}
