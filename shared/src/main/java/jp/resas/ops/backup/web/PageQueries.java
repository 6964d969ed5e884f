package jp.resas.ops.backup.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filters of a list page as typed (blank ones left out) and the query string that keeps them. */
final class PageQueries {

    private PageQueries() {
    }

    static Map<String, String> filters(List<String> names, String... values) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (values[i] != null && !values[i].isBlank()) {
                filters.put(names.get(i), values[i].strip());
            }
        }
        return filters;
    }

    static String query(Map<String, String> filters, String cursor) {
        List<String> parts = new ArrayList<>();
        filters.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        if (cursor != null) {
            parts.add("cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
