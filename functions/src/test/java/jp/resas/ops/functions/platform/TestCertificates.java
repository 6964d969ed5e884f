package jp.resas.ops.functions.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificate authorities and server certificates made for one test, written as PEM files. */
final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    /** A CA: its key, its self-signed certificate, and that certificate's PEM file. */
    record Authority(KeyPair keys, X509Certificate certificate, Path pem) {
    }

    /** A server's certificate and key files (the key readable by its owner only, as PostgreSQL requires). */
    record Server(Path certificate, Path key) {
    }

    private TestCertificates() {
    }

    static Authority authority(Path dir, String name) {
        try {
            KeyPair keys = rsa();
            X500Name subject = new X500Name("CN=" + name + ",O=RESAS Ops test");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), notBefore(),
                    notAfter(), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate certificate = sign(builder, keys);
            Path pem = dir.resolve(name.replace(' ', '-') + ".pem");
            Files.writeString(pem, pem(certificate));
            return new Authority(keys, certificate, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS server certificate for {@code dnsName} (its only subject alternative name), signed by {@code ca}. */
    static Server server(Path dir, Authority ca, String dnsName) {
        try {
            KeyPair keys = rsa();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), serial(), notBefore(),
                    notAfter(), new X500Name("CN=" + dnsName), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
            X509Certificate certificate = sign(builder, ca.keys());
            Path crt = dir.resolve("server.crt");
            Path key = dir.resolve("server.key");
            Files.writeString(crt, pem(certificate));
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, pem(keys.getPrivate()));
            return new Server(crt, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(2)));
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }
}
