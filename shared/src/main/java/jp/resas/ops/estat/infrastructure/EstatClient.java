package jp.resas.ops.estat.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.resas.ops.estat.EstatException;
import jp.resas.ops.estat.EstatPage;
import jp.resas.ops.estat.EstatSettings;
import jp.resas.ops.estat.StatsData;

/**
 * Fetches every page of a getStatsData table and hands each to {@code pages} as it arrives (the caller
 * stores it; nothing accumulates here). Status 0 and 2 (正常終了, パラメータ補正) are accepted; 1 (該当データ
 * なし) and 100+ (errors) fail. After the last page, the values received must equal TOTAL_NUMBER.
 * The HTTP adapter of the {@link StatsData} port (JDK HTTP client only, so it runs anywhere).
 */
public final class EstatClient implements StatsData {

    private final EstatSettings settings;
    private final HttpClient http;

    public EstatClient(EstatSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    public EstatClient(EstatSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.pageTimeout()).build());
    }

    @Override
    public long fetchStatsData(String statsDataId, Map<String, String> filters, Consumer<EstatPage> pages) {
        long start = 1;
        long received = 0;
        long total = -1;
        for (int number = 1; ; number++) {
            Map<String, String> query = new TreeMap<>(filters);
            query.put("statsDataId", statsDataId);
            query.put("startPosition", String.valueOf(start));
            query.put("limit", String.valueOf(settings.pageSize()));
            query.put("metaGetFlg", number == 1 ? "Y" : "N");
            byte[] body = get("getStatsData", query, number);
            PageSummary page;
            try {
                page = PageSummary.of(body);
            } catch (IOException e) {
                throw new EstatException("e-Stat page " + number + " of " + statsDataId + " is not JSON: " + e.getMessage(), e);
            }
            if (page.status() != 0 && page.status() != 2) {
                throw new EstatException("e-Stat answered STATUS " + page.status() + " for " + statsDataId + " (page "
                        + number + "): " + page.errorMessage());
            }
            total = page.totalNumber();
            received += page.values();
            pages.accept(new EstatPage(number, page.fromNumber(), page.values(), total, body));
            if (page.nextKey() == null) {
                break;
            }
            if (page.nextKey() <= start) {
                throw new EstatException("e-Stat NEXT_KEY " + page.nextKey() + " does not advance past " + start);
            }
            start = page.nextKey();
        }
        if (received != total) {
            throw new EstatException("e-Stat table " + statsDataId + ": received " + received
                    + " values but TOTAL_NUMBER is " + total);
        }
        return received;
    }

    private byte[] get(String api, Map<String, String> query, int number) {
        StringBuilder url = new StringBuilder(settings.baseUrl().toString()).append('/').append(api)
                .append("?appId=").append(encode(settings.appId()));
        query.forEach((key, value) -> url.append('&').append(key).append('=').append(encode(value)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).timeout(settings.pageTimeout())
                .header("Accept", "application/json").GET().build();
        String where = redacted(api, query);
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new EstatException("e-Stat page " + number + " answered HTTP " + response.statusCode() + ": " + where);
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new EstatException("e-Stat page " + number + " did not arrive within " + settings.pageTimeout() + ": " + where);
        } catch (IOException e) {
            throw new EstatException("e-Stat page " + number + " failed (" + e.getClass().getSimpleName() + "): " + where);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EstatException("interrupted while fetching e-Stat page " + number + ": " + where);
        }
    }

    /** The request as it may be logged: everything but the appId. */
    private String redacted(String api, Map<String, String> query) {
        return settings.baseUrl() + "/" + api + "?appId=***&" + String.join("&",
                query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
