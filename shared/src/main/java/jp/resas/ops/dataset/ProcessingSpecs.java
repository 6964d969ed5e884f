package jp.resas.ops.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.dataset.spec.SpecReader;

/** The processing specs shipped on the classpath as {@code datasets/<id>.json}. */
public final class ProcessingSpecs {

    private final SpecReader reader = new SpecReader();

    public Optional<ProcessingSpec> find(DatasetId id) {
        String path = "/datasets/" + id.value() + ".json";
        try (InputStream in = ProcessingSpecs.class.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            ProcessingSpec spec = reader.read(in, path);
            if (!spec.dataset().equals(id.value())) {
                throw new jp.resas.ops.dataset.spec.SpecException(path + ": dataset is " + spec.dataset() + ", expected " + id);
            }
            return Optional.of(spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The dataset's spec; refused as bad input (field {@code dataset}) when none is shipped. */
    public ProcessingSpec require(DatasetId id) {
        return find(id).orElseThrow(() -> new jp.resas.ops.common.InvalidInputException("dataset",
                "データセット「" + id + "」の加工仕様がありません。"));
    }

    /** A shipped sample raw file (synthetic), e.g. for the demo. */
    public static InputStream sample(String name) {
        InputStream in = ProcessingSpecs.class.getResourceAsStream("/datasets/samples/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no shipped sample " + name);
        }
        return in;
    }
}
