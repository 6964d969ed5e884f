package jp.resas.ops.pipeline;

import java.io.IOException;
import java.util.List;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.spec.ProcessingSpec;

/**
 * Port: fetches a run's raw data (the inbox object, the e-Stat API, a download) into the raw store,
 * recording each object against {@code version}, and plans the chunks to process.
 */
public interface RawCollector {

    List<Chunk> collect(Run run, VersionId version, Dataset dataset, ProcessingSpec spec, String inboxKey)
            throws IOException;
}
