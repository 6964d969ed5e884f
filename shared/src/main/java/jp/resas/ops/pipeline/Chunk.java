package jp.resas.ops.pipeline;

/**
 * A piece of raw data processed on its own (one Distributed Map item): a byte range of a raw object
 * starting at a record boundary on {@code firstLine} (CSV), or a whole object (an e-Stat page, whose
 * first value is number {@code firstLine}).
 */
public record Chunk(int index, String key, long offset, long length, long firstLine) {

    public boolean whole() {
        return offset == 0 && length < 0;
    }
}
