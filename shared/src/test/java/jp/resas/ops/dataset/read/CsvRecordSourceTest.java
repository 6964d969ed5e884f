package jp.resas.ops.dataset.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.dataset.spec.SourceSpec;
import org.junit.jupiter.api.Test;

class CsvRecordSourceTest {

    private static List<String> records(byte[] bytes, List<Long> lines) throws Exception {
        return records(bytes, lines, new SourceSpec(null, "UTF-8", 1, false, 0, 0));
    }

    /** Each record's fields joined with "|", or "!rule@column" when it came back with a problem. */
    private static List<String> records(byte[] bytes, List<Long> lines, SourceSpec spec) throws Exception {
        List<String> result = new ArrayList<>();
        try (CsvRecordSource csv = CsvRecordSource.open(new ByteArrayInputStream(bytes), spec)) {
            FieldRecord record = new FieldRecord();
            while (csv.next(record)) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    fields.add(record.get(i));
                }
                result.add(record.problem() != null ? "!" + record.problem().rule() + "@" + record.problem().column()
                        : String.join("|", fields));
                lines.add(record.line());
            }
        }
        return result;
    }

    @Test
    void quotedFields_keepCommasQuotesAndLineBreaks_andLinesArePhysical() throws Exception {
        byte[] file = "a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\nlast,row".getBytes(StandardCharsets.UTF_8);
        List<Long> lines = new ArrayList<>();
        assertThat(records(file, lines)).containsExactly("1,5|say \"hi\"", "two\nlines|x", "last|row");
        assertThat(lines).containsExactly(2L, 3L, 5L);
    }

    @Test
    void utf8Bom_isSkipped_soTheFirstHeaderIsClean() throws Exception {
        byte[] file = "\uFEFFコード,値\n1,2\n".getBytes(StandardCharsets.UTF_8);
        try (CsvRecordSource csv = CsvRecordSource.open(new ByteArrayInputStream(file), new SourceSpec(null, "UTF-8", 1, false, 0, 0))) {
            assertThat(csv.header()).containsExactly("コード", "値");
        }
    }

    @Test
    void recordsLongerThanTheBuffer_areReadWhole_withinTheSpecsBounds() throws Exception {
        String big = "x".repeat(200_000);
        List<Long> lines = new ArrayList<>();
        assertThat(records(("h\n" + big + "\nend\n").getBytes(StandardCharsets.UTF_8), lines,
                new SourceSpec(null, "UTF-8", 1, false, 250_000, 250_000))).containsExactly(big, "end");
    }

    @Test
    void recordsBeyondTheDefaultBounds_comeBackAsFieldTooLong_andTheNextIsRead() throws Exception {
        String big = "x".repeat(200_000);
        List<Long> lines = new ArrayList<>();
        assertThat(records(("h\n" + big + "\n\"a\",\"" + "y".repeat(70_000) + "\"\nend\n").getBytes(StandardCharsets.UTF_8),
                lines)).containsExactly("!field-too-long@1", "!field-too-long@2", "end");
        assertThat(lines).containsExactly(2L, 3L, 4L);
    }
}
