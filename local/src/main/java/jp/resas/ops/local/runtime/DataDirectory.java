package jp.resas.ops.local.runtime;

import java.nio.file.Path;

/** Where {@code resas-ops} keeps its state unless told otherwise: {@code .resas-ops/} in the working directory. */
public final class DataDirectory {

    public static final String DEFAULT = ".resas-ops";

    private DataDirectory() {
    }

    public static Path resolve(Path given) {
        return (given == null ? Path.of(DEFAULT) : given).toAbsolutePath().normalize();
    }
}
