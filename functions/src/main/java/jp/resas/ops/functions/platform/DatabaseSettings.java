package jp.resas.ops.functions.platform;

import java.util.Map;

/** Where the database is and how to log in; the password never appears in {@link #toString()}. */
public record DatabaseSettings(String url, String user, String password) {

    Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
