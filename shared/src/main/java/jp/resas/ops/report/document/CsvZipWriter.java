package jp.resas.ops.report.document;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportTable;

/** The source data: one CSV per table (UTF-8 with BOM, header row), every figure of the document a cell. */
public final class CsvZipWriter {

    private static final CsvMapper CSV = new CsvMapper();

    public byte[] write(ReportDocument report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out,
                StandardCharsets.UTF_8)) {
            for (ReportTable table : report.tables()) {
                zip.putNextEntry(new ZipEntry(SheetNames.file(table.name())));
                zip.write(csv(table));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the source data ZIP", e);
        }
    }

    static byte[] csv(ReportTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             SequenceWriter rows = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(writer)) {
            rows.write(table.headers());
            for (List<String> row : table.rows()) {
                rows.write(row);
            }
        }
        return bytes.toByteArray();
    }
}
