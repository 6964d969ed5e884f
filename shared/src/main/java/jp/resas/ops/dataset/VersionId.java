package jp.resas.ops.dataset;

/** A dataset version's id (the {@code dataset_version} row); JSON and text show the bare number. */
public record VersionId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
