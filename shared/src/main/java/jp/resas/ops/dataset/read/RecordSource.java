package jp.resas.ops.dataset.read;

import java.io.Closeable;
import java.util.List;

/** Records of a raw source, one at a time. */
public interface RecordSource extends Closeable {

    /** The column names the source declares (CSV header cells; e-Stat attributes asked for). */
    List<String> header();

    /** The line of the header row (0 when the source has none). */
    long headerLine();

    /** Fills {@code record} with the next record; false at the end. */
    boolean next(FieldRecord record) throws SourceFormatException;

    /** True when the last record read ended without a line break (a cut-off last line is then truncated). */
    boolean lastRecordUnterminated();
}
