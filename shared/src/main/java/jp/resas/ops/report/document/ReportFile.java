package jp.resas.ops.report.document;

/** One written file of a report: its download name, media type and bytes. */
public record ReportFile(String name, String contentType, byte[] content) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";
    public static final String PDF = "application/pdf";
}
