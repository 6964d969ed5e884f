package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/**
 * The shipped RDS CA bundle ({@code tls/rds-global-bundle.pem}, origin in {@code tls/ORIGIN.md}): every
 * certificate parses, is a certificate authority of Amazon RDS, is valid today, and is either self-signed
 * or signed by another certificate of the bundle; the Tokyo region's roots are there.
 */
class RdsCertificatesTest {

    private static final List<X509Certificate> BUNDLE = load();

    private static List<X509Certificate> load() {
        try (InputStream in = Files.newInputStream(RdsCertificates.bundle())) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cn(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253).replaceFirst(".*CN=([^,]+).*", "$1");
    }

    @Test
    void everyPemBlock_isOneCertificate() throws Exception {
        String text = Files.readString(RdsCertificates.bundle(), StandardCharsets.US_ASCII);

        assertThat(BUNDLE).hasSize(87);
        assertThat(text.split("-----BEGIN CERTIFICATE-----", -1)).hasSize(BUNDLE.size() + 1);
    }

    @Test
    void everyCertificate_isAnRdsCertificateAuthority_validToday() {
        Instant now = Instant.now();
        assertThat(BUNDLE).allSatisfy(certificate -> {
            assertThat(certificate.getBasicConstraints()).as("CA flag of %s", cn(certificate)).isGreaterThanOrEqualTo(0);
            assertThat(certificate.getKeyUsage()[5]).as("keyCertSign of %s", cn(certificate)).isTrue();
            assertThat(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253))
                    .contains("OU=Amazon RDS", "O=Amazon Web Services\\, Inc.");
            assertThat(cn(certificate)).startsWith("Amazon RDS ");
            assertThat(certificate.getNotBefore().toInstant()).isBefore(now);
            assertThat(certificate.getNotAfter().toInstant()).as("expiry of %s", cn(certificate)).isAfter(now);
        });
    }

    @Test
    void everyCertificate_isSelfSigned_orChainedToAnotherInTheBundle() {
        Map<X500Principal, X509Certificate> bySubject = BUNDLE.stream().collect(Collectors.toMap(
                X509Certificate::getSubjectX500Principal, Function.identity(), (a, b) -> a));
        assertThat(BUNDLE).allSatisfy(certificate -> {
            X509Certificate issuer = bySubject.get(certificate.getIssuerX500Principal());
            assertThat(issuer).as("issuer of %s in the bundle", cn(certificate)).isNotNull();
            certificate.verify(issuer.getPublicKey());
        });
        assertThat(BUNDLE.stream().filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal())))
                .as("roots").isNotEmpty();
    }

    @Test
    void tokyosRoots_areThere_selfSigned_andOutliveTheSystem() throws Exception {
        List<X509Certificate> tokyo = BUNDLE.stream().filter(c -> cn(c).startsWith("Amazon RDS ap-northeast-1 Root CA "))
                .toList();

        assertThat(tokyo).extracting(RdsCertificatesTest::cn).containsExactlyInAnyOrder(
                "Amazon RDS ap-northeast-1 Root CA RSA2048 G1", "Amazon RDS ap-northeast-1 Root CA RSA4096 G1",
                "Amazon RDS ap-northeast-1 Root CA ECC384 G1");
        for (X509Certificate root : tokyo) {
            assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
            root.verify(root.getPublicKey());
            assertThat(root.getNotAfter().toInstant()).isAfter(Instant.parse("2061-01-01T00:00:00Z"));
        }
    }

    /** A second, unrelated public source pins this PEM's SHA-256 (see tls/ORIGIN.md). */
    @Test
    void tokyosRsa2048Root_matchesTheDigestPinnedElsewhere() throws Exception {
        X509Certificate root = BUNDLE.stream().filter(c -> cn(c).equals("Amazon RDS ap-northeast-1 Root CA RSA2048 G1"))
                .findFirst().orElseThrow();
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded());
        String pem = "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";

        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pem.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("1e6881a91bf287b6ff2be7c003139a9bb4a7d75171819a72165114258efe93bd");
    }
}
