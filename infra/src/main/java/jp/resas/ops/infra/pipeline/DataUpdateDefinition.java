package jp.resas.ops.infra.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipFile;
import jp.resas.ops.infra.lambda.FunctionsJar;

/**
 * The data-update definition, read from the handler jar ({@code statemachines/data-update.asl.json}, a
 * resource of shared/): one file for AWS and for the local runner, so what is tested locally is what deploys.
 */
final class DataUpdateDefinition {

    static final String ENTRY = "statemachines/data-update.asl.json";

    private DataUpdateDefinition() {
    }

    static String read(FunctionsJar functions) {
        try (ZipFile jar = new ZipFile(functions.path().toFile())) {
            var entry = jar.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalStateException(ENTRY + " is missing from " + functions.path() + "; rebuild the functions jar");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ENTRY + " from " + functions.path(), e);
        }
    }
}
