package jp.resas.ops.dataset.read;

/**
 * Why a record could not be read although the file goes on: {@code encoding} (bytes that are not text in
 * the spec's encoding, or a UTF-8 line in a Shift_JIS file) or {@code field-too-long}. {@code column} is the
 * 1-based field position (0 when the whole line is concerned); the message is Japanese.
 */
public record RecordProblem(String rule, int column, String message) {
}
