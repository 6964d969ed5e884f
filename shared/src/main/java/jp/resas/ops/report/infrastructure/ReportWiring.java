package jp.resas.ops.report.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.resas.ops.report.document.PdfConverter;
import jp.resas.ops.report.document.WritingReportFiles;

/**
 * The writers. PDF copies need LibreOffice: {@code resas.reports.soffice} (default {@code soffice} on the
 * PATH); where it is missing (the zip-packaged Lambda) the PDF is skipped and the report says so.
 */
@Factory
class ReportWiring {

    @Singleton
    WritingReportFiles writingReportFiles(@Value("${resas.reports.soffice:soffice}") String soffice) {
        return new WritingReportFiles(new PdfConverter(soffice));
    }
}
