package jp.resas.ops.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A form's refusal names the form's own Japanese label where the shared request checks name the API's field; the
 * field the error sits beside, a name inside a longer word and a stale-version refusal are left as they are.
 */
class FormLabelsTest {

    private static final Map<String, String> LABELS = Map.of("endsOn", "サポート終了日", "sourceUrl", "出典の URL",
            "name", "名称");

    @Test
    void theApiFieldName_inTheMessage_becomesTheFormsLabel() {
        Form form = Form.refused("add", Map.of("endsOn", "1999-12-31"),
                new InvalidInputException("endsOn", "endsOn は 2000 年から 2100 年の日付で指定してください。")).labelled(LABELS);
        assertThat(form.error("endsOn")).isEqualTo("「サポート終了日」は 2000 年から 2100 年の日付で指定してください。");
        assertThat(form.value("endsOn")).isEqualTo("1999-12-31");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.summary()).singleElement().satisfies(e -> assertThat(e.anchor()).isEqualTo("#field-endsOn"));

        Form url = Form.refused("add", Map.of(), new InvalidInputException("sourceUrl",
                "sourceUrl には出典の https:// から始まる URL を指定してください。")).labelled(LABELS);
        assertThat(url.error("sourceUrl")).isEqualTo("「出典の URL」には出典の https:// から始まる URL を指定してください。");
    }

    @Test
    void aNameInsideALongerWord_orAnUnlabelledField_isLeft() {
        Form form = Form.refused("add", Map.of(), new InvalidInputException("productName",
                "productName と name を指定してください。")).labelled(LABELS);
        assertThat(form.error("productName")).isEqualTo("productName と 「名称」を指定してください。");
        assertThat(Form.label("endsOnDate は必須です。", LABELS)).isEqualTo("endsOnDate は必須です。");
        // the API message's own gloss of the name goes with it
        assertThat(Form.label("endsOn (終了日) は name (名称) 以降にしてください。", LABELS))
                .isEqualTo("「サポート終了日」は 「名称」以降にしてください。");
    }

    @Test
    void aStaleVersion_keepsItsPlainStatement() {
        Form form = Form.refused("change", Map.of(), ConflictException.staleVersion(1, 2)).labelled(LABELS);
        assertThat(form.conflict()).contains("他の人が内容を変更しました");
        assertThat(form.status()).isEqualTo(409);
    }

    @Test
    void theVersionAsTyped_readsAsNoneWhenMissingOrNotANumber() {
        assertThat(Form.version(" 7 ")).isEqualTo(7L);
        assertThat(Form.version("")).isNull();
        assertThat(Form.version(null)).isNull();
        assertThat(Form.version("7a")).isNull();
    }
}
