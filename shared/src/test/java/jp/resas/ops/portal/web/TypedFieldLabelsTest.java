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

    @Test
    void aTemplatesLists_areTheirOptionsTextsByValue_notTheOnesAnExpressionWrites() {
        assertThat(TypedFieldLabels.choices("""
                <select id="field-kind" name="kind">
                  <option value="">（未選択）</option>
                  <option value="PLANNED" th:selected="${f == null}">計画</option>
                  <option value="AD_HOC">臨時
                    <span>（緊急）</span></option>
                  <option value="A&amp;B">A &amp; B</option>
                </select>
                <select id="field-priority" name="priority">
                  <option th:each="o : ${page.priorities()}" th:value="${o.value()}" th:text="${o.label()}">中</option>
                </select>
                <select name="unlabelled"><option value="X">エックス</option></select>"""))
                .containsOnlyKeys("kind")
                .containsEntry("kind", Map.of("PLANNED", "計画", "AD_HOC", "臨時 （緊急）", "A&B", "A & B"));
    }

    @Test
    void aChosenValue_isShownAsItsListShowedIt_codeListsFirst_anUnknownValueKept() {
        TypedFieldLabels labels = new TypedFieldLabels(List.of(new TypedFieldLabels.Source() {
            @Override
            public Map<String, String> labels(String path) {
                return path.startsWith("/portal/inquiries") ? Map.of("requesterKind", "問合せ元") : Map.of();
            }

            @Override
            public Map<String, Map<String, String>> choices(String path) {
                return path.startsWith("/portal/inquiries") ? Map.of("requesterKind", Map.of("CABINET", "内閣官房"),
                        "priority", Map.of("MEDIUM", "中")) : Map.of();
            }
        }));

        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("title", "計画停止");
        typed.put("kind", "AD_HOC");
        typed.put("services", "PLANNED\nweb");
        assertThat(labels.fields("/portal/maintenance", typed)).containsExactly(
                new TypedFieldLabels.Field("title", "件名", "計画停止"),
                new TypedFieldLabels.Field("kind", "種類", "臨時"),
                new TypedFieldLabels.Field("services", "対象サービス（1 行に 1 つ）", "PLANNED\nweb"));

        Map<String, String> inquiry = new java.util.LinkedHashMap<>();
        inquiry.put("priority", "MEDIUM");
        inquiry.put("requesterKind", "CABINET");
        inquiry.put("channel", "FAX");
        assertThat(labels.fields("/portal/inquiries/new", inquiry)).extracting(TypedFieldLabels.Field::value)
                .containsExactly("中", "内閣官房", "FAX");
        assertThat(labels.fields("/portal/maintenance", Map.of("priority", "MEDIUM")))
                .extracting(TypedFieldLabels.Field::value).containsExactly("MEDIUM");
    }
}
