package jp.resas.ops.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.resas.ops.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadPolicyTest {

    private final UploadPolicy policy = new UploadPolicy(10);

    @Test
    void japaneseNames_areAccepted_stripped() {
        assertThat(policy.fileName("  調査報告書 (2026年6月).xlsx ")).isEqualTo("調査報告書 (2026年6月).xlsx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "../etc/passwd", "a/b.txt", "a\\b.txt", "C:evil", "what?.txt", "a\"b", "a<b>",
        "a|b", "tab\there", "..", ".", "trailing."})
    void namesThatAreFoldersOrUnshowable_areRefusedByField(String name) {
        assertThatThrownBy(() -> policy.fileName(name)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("filename");
    }

    @Test
    void tooLongName_isRefused() {
        assertThatThrownBy(() -> policy.fileName("あ".repeat(201))).hasMessageContaining("200 文字以内");
    }

    @Test
    void contentType_isLowerCased_defaultedAndChecked() {
        assertThat(policy.contentType("Application/PDF")).isEqualTo("application/pdf");
        assertThat(policy.contentType("text/csv; charset=Shift_JIS")).isEqualTo("text/csv; charset=Shift_JIS");
        assertThat(policy.contentType(null)).isEqualTo("application/octet-stream");
        assertThatThrownBy(() -> policy.contentType("pdf")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("contentType");
    }

    @Test
    void emptyOrTooLargeContent_isRefusedNamingTheLimit() {
        assertThat(policy.content(new byte[10])).hasSize(10);
        assertThatThrownBy(() -> policy.content(new byte[0])).hasMessageContaining("空のファイル");
        assertThatThrownBy(() -> policy.content(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.content(new byte[11])).hasMessageContaining("10 バイトまで")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("file");
    }
}
