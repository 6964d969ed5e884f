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

    @Test
    void theFilterLists_areBuiltInJava_asTheTemplateWroteThem_theChosenOneSelected_everyTextEscaped() {
        IncidentPageViews.ListView list = IncidentPageViews.list(new jp.resas.ops.incident.IncidentPage(List.of(),
                java.util.Optional.empty()), IncidentPageViews.filters("MITIGATED", "2", "ALARM", null, null, null));

        assertThat(list.statusOptions()).isEqualTo("""
                <option value="DETECTED">検知</option>
                <option value="MITIGATED" selected="selected">暫定対応済</option>
                <option value="ROOT_CAUSE_IDENTIFIED">原因特定済</option>
                <option value="RESOLVED">恒久対応済</option>
                <option value="CLOSED">完了</option>
                """);
        assertThat(list.severityOptions()).contains("<option value=\"2\" selected=\"selected\">重大度 2</option>")
                .contains("<option value=\"1\">重大度 1</option>");
        assertThat(list.sourceOptions()).contains("<option value=\"ALARM\" selected=\"selected\">アラーム</option>")
                .containsOnlyOnce(" selected=");
        assertThat(new IncidentPageViews.Option("a\"><script>", "<b>&", false).html())
                .isEqualTo("<option value=\"a&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;</option>");
    }
}
