package jp.resas.ops.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The login page after an ended session shows what was typed under the form's own Japanese labels: read from the
 * templates' {@code <label for="field-…">}, the template labelling the most posted fields chosen, labels written by
 * code (a ticket kind's fields) first, an unlabelled field left with its name.
 */
class TypedFieldLabelsTest {

    @Test
    void aTemplatesLabels_areTheirTextWithoutTags() {
        assertThat(TypedFieldLabels.labels("""
                <label for="field-title">件名（必須）</label>
                <label class="x" for="field-startsAt">開始
                  <span>（日本時間）</span></label>
                <label th:for="'field-' + ${c}" th:text="${c}">動的</label>
                <label for="field-title">二つ目</label>"""))
                .containsExactly(Map.entry("title", "件名（必須）"), Map.entry("startsAt", "開始 （日本時間）"));
    }

    @Test
    void theTemplateLabellingMostFields_isChosen_codeLabelsFirst_unknownNamesKept() {
        TypedFieldLabels labels = new TypedFieldLabels(List.of(path -> path.startsWith("/portal/inquiries")
                ? Map.of("body", "問合せ内容") : Map.of()));

        Map<String, String> maintenance = labels.of("/portal/maintenance", List.of("title", "startsAt", "endsAt"));
        assertThat(maintenance).containsEntry("startsAt", "開始日時（日本時間）").containsEntry("endsAt", "終了日時（日本時間）");
        assertThat(maintenance.get("title")).doesNotStartWith("項目").isNotEqualTo("title");

        Map<String, String> inquiry = labels.of("/portal/inquiries/new", List.of("title", "priority", "body", "nosuch"));
        assertThat(inquiry).containsEntry("title", "件名（必須）").containsEntry("priority", "優先度（必須）")
                .containsEntry("body", "問合せ内容").containsEntry("nosuch", "nosuch");
        assertThat(inquiry.keySet()).containsExactly("title", "priority", "body", "nosuch");
    }
}
