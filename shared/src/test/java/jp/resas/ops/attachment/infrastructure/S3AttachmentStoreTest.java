package jp.resas.ops.attachment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.Sha256;
import jp.resas.ops.testutils.FakeS3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The real SDK client against S3's wire format served by {@link FakeS3}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3AttachmentStoreTest {

    private FakeS3 s3;
    private S3Client client;
    private S3AttachmentStore store;

    @BeforeAll
    void startFakeS3() {
        s3 = new FakeS3();
        client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(s3.endpoint())
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        store = new S3AttachmentStore(client, "resas-ops-attachments");
    }

    @AfterAll
    void stop() {
        client.close();
        s3.close();
    }

    @Test
    void put_thenGet_returnsTheSameBytes_fromTheContentAddressedKey() {
        // given
        byte[] content = "人口マップの出典一覧\n".getBytes(StandardCharsets.UTF_8);
        String sha256 = Sha256.hex(content);

        // when
        store.put(Attachment.objectKey(sha256), content, sha256);

        // then
        assertThat(s3.objects()).containsKey("/resas-ops-attachments/sha256/" + sha256);
        assertThat(store.get(Attachment.objectKey(sha256))).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    }

    @Test
    void put_sendsTheSha256_soS3CanRefuseDamagedBytes() {
        byte[] content = {1, 2, 3, 4};
        String sha256 = Sha256.hex(content);

        store.put(Attachment.objectKey(sha256), content, sha256);

        FakeS3.Request put = s3.requests().stream().filter(r -> r.method().equals("PUT")
                && r.path().endsWith(sha256)).findFirst().orElseThrow();
        assertThat(put.headers().get("X-amz-checksum-sha256")).containsExactly(
                java.util.Base64.getEncoder().encodeToString(Sha256.digest(content)));
    }

    @Test
    void get_ofAMissingKey_isEmpty() {
        assertThat(store.get("sha256/" + "0".repeat(64))).isEmpty();
    }

    /** The bucket is versioned: a purge removes every version of the key, so nothing can be restored. */
    @Test
    void delete_removesEveryVersion_andLeavesOtherKeys() {
        byte[] content = "保存期間の過ぎた添付".getBytes(StandardCharsets.UTF_8);
        byte[] other = "まだ保存する添付".getBytes(StandardCharsets.UTF_8);
        String key = Attachment.objectKey(Sha256.hex(content));
        String otherKey = Attachment.objectKey(Sha256.hex(other));
        store.put(key, content, Sha256.hex(content));
        store.put(key, content, Sha256.hex(content));
        store.put(otherKey, other, Sha256.hex(other));
        assertThat(s3.versions("/resas-ops-attachments/" + key)).isEqualTo(2);

        store.delete(key);
        store.delete(key);

        assertThat(s3.versions("/resas-ops-attachments/" + key)).isZero();
        assertThat(store.get(key)).isEmpty();
        assertThat(store.get(otherKey)).hasValueSatisfying(b -> assertThat(b).isEqualTo(other));
        assertThat(s3.requests()).filteredOn(r -> r.method().equals("DELETE")).hasSize(2);
    }
}
