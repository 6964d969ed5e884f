package jp.resas.ops.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jp.resas.ops.common.CsvTable;

/**
 * JSON by default, CSV when the client asks with {@code Accept: text/csv}: the monthly report keeps
 * the CSV of every figure as its source data.
 */
public final class CsvAnswers {

    public static final String TEXT_CSV = "text/csv";

    private CsvAnswers() {
    }

    public static HttpResponse<?> answer(HttpRequest<?> request, CsvTable.Source view, String fileName) {
        boolean csv = request.getHeaders().accept().stream().anyMatch(type -> type.getName().equals(TEXT_CSV));
        if (!csv) {
            return HttpResponse.ok(view).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        // A BOM so that Excel, which the owner's staff open these with, reads the Japanese as UTF-8.
        return HttpResponse.ok("\uFEFF" + view.csv().toCsv())
                .contentType(MediaType.of(TEXT_CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"");
    }
}
