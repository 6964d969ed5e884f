package jp.resas.ops.catalogue;

import java.util.List;

/**
 * A part of the shaded functions jar that only some functions use: the jar entries under its {@code paths}
 * (prefixes of entry names such as {@code software/amazon/awssdk/services/securityhub/}). An asset that does not
 * keep a part leaves those entries out.
 *
 * @param name  how assets name it
 * @param paths prefixes of the jar entry names it holds
 */
public record PartSpec(String name, List<String> paths) {

    public PartSpec {
        paths = List.copyOf(paths);
    }

    /** Whether the jar entry {@code entry} belongs to this part. */
    public boolean holds(String entry) {
        return paths.stream().anyMatch(entry::startsWith);
    }
}
