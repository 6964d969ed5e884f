package jp.resas.ops.attachment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryAttachmentStoreTest {

    @TempDir
    Path dir;

    @Test
    void put_thenGet_returnsTheBytes_andLeavesNoTemporaryFile() throws IOException {
        // given
        DirectoryAttachmentStore store = new DirectoryAttachmentStore(dir.resolve("attachments"));
        byte[] content = "見積書".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String key = Attachment.objectKey(Sha256.hex(content));

        // when
        store.put(key, content, Sha256.hex(content));
        store.put(key, content, Sha256.hex(content));

        // then
        assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                    .containsExactly("attachments/" + key);
        }
    }

    @Test
    void put_replacesAnObjectLeftTruncated() {
        DirectoryAttachmentStore store = new DirectoryAttachmentStore(dir);
        byte[] content = {10, 20, 30};
        String key = Attachment.objectKey(Sha256.hex(content));
        store.put(key, new byte[] {10}, Sha256.hex(content));

        store.put(key, content, Sha256.hex(content));

        assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    }

    @Test
    void get_ofAMissingKey_isEmpty() {
        assertThat(new DirectoryAttachmentStore(dir).get("sha256/" + "a".repeat(64))).isEmpty();
    }

    @Test
    void keysThatCouldLeaveTheDirectory_areRefused() {
        DirectoryAttachmentStore store = new DirectoryAttachmentStore(dir);

        assertThatThrownBy(() -> store.get("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put("/etc/passwd", new byte[] {1}, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
