package jp.resas.ops.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incident list's rows are built in Java: every text escaped as th:text escapes it, nothing left raw. */
class IncidentListRowsTest {

    @Test
    void aTitleWithMarkup_isEscaped_andTheRowKeepsItsCells() {
        IncidentPageViews.Row row = new IncidentPageViews.Row(7, "<script>alert('x')</script> & \"5xx\"", 2, "検知",
                "アラーム", 3, "2026-11-28 09:05", "/portal/incidents/7");
        IncidentPageViews.ListView list = new IncidentPageViews.ListView(List.of(row, row), List.of(), List.of(),
                List.of(), Map.of("q", ""), null);

        String html = list.rowsHtml();

        assertThat(html).doesNotContain("<script>").doesNotContain("'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;5xx&quot;");
        assertThat(html).startsWith("<tr><td>7</td><td><a href=\"/portal/incidents/7\">")
                .contains("<td class=\"number\">2</td><td>検知</td><td>アラーム</td><td class=\"number\">3</td>"
                        + "<td>2026-11-28 09:05</td></tr>");
        assertThat(html.split("<tr>", -1)).hasSize(3);
    }
}
