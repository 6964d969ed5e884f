package jp.resas.ops.functions.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Amazon RDS certificate authorities ({@value #RESOURCE}, the global bundle; origin in
 * {@code tls/ORIGIN.md}) as a file, which is what PostgreSQL's JDBC driver takes as {@code sslrootcert}.
 * Lambda unpacks the deployment jar under {@code /var/task}, so the resource is a file there; when it
 * sits inside a jar it is copied once to a temporary file.
 */
public final class RdsCertificates {

    public static final String RESOURCE = "tls/rds-global-bundle.pem";

    private static Path bundle;

    private RdsCertificates() {
    }

    /** The bundle's path on this machine. */
    public static synchronized Path bundle() {
        if (bundle == null) {
            bundle = locate();
        }
        return bundle;
    }

    private static Path locate() {
        URL url = RdsCertificates.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the RDS CA bundle " + RESOURCE + " is missing from the classpath");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path copy = Files.createTempFile("rds-global-bundle", ".pem");
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the RDS CA bundle " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected location of the RDS CA bundle: " + url, e);
        }
    }
}
