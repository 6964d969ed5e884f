package jp.resas.ops.report.document;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.report.ReportDocument;

/** Every format of one report: .docx, .xlsx, the source-data ZIP and, with LibreOffice, the PDF. */
public final class WritingReportFiles {

    private final PdfConverter pdf;

    public WritingReportFiles(PdfConverter pdf) {
        this.pdf = pdf;
    }

    /** What the cover says about the PDF copy. */
    public String pdfNote() {
        return pdf.note();
    }

    public List<ReportFile> write(ReportDocument report) {
        String base = report.baseName();
        byte[] docx = new DocxWriter().write(report, pdf.note());
        List<ReportFile> files = new ArrayList<>();
        files.add(new ReportFile(base + ".docx", ReportFile.DOCX, docx));
        files.add(new ReportFile(base + ".xlsx", ReportFile.XLSX, new XlsxWriter().write(report)));
        files.add(new ReportFile(base + "_元データ.zip", ReportFile.ZIP, new CsvZipWriter().write(report)));
        pdf.convert(docx, base).ifPresent(bytes -> files.add(new ReportFile(base + ".pdf", ReportFile.PDF, bytes)));
        return files;
    }
}
