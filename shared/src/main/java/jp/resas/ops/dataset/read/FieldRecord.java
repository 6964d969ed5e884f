package jp.resas.ops.dataset.read;

import java.util.Arrays;

/** One record's fields, reused from record to record so reading allocates only the field strings. */
public final class FieldRecord {

    private String[] fields = new String[16];
    private int size;
    private long line;
    private RecordProblem problem;

    void reset(long firstLine) {
        size = 0;
        line = firstLine;
        problem = null;
    }

    void problem(RecordProblem value) {
        problem = value;
    }

    /** Why this record could not be read (its fields are then incomplete), or null. */
    public RecordProblem problem() {
        return problem;
    }

    void add(String field) {
        if (size == fields.length) {
            fields = Arrays.copyOf(fields, size * 2);
        }
        fields[size++] = field;
    }

    public String get(int index) {
        return fields[index];
    }

    public int size() {
        return size;
    }

    /** The physical line (1-based) the record starts on. */
    public long line() {
        return line;
    }

    public boolean blank() {
        return problem == null && (size == 0 || size == 1 && fields[0].isEmpty());
    }

    void set(int index, String value, long recordLine) {
        while (size <= index) {
            add("");
        }
        fields[index] = value;
        line = recordLine;
    }
}
