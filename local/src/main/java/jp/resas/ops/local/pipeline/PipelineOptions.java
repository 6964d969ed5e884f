package jp.resas.ops.local.pipeline;

import java.nio.file.Path;
import jp.resas.ops.local.runtime.DataDirectory;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import picocli.CommandLine.Option;

/** The data directory every pipeline command works on. */
final class PipelineOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: .resas-ops/ here).")
    Path dataDir;

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    LocalPlatform start() {
        return LocalPlatform.start(dataDirectory(), LocalDatabase.open(dataDirectory()));
    }
}
