package jp.resas.ops.report.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.resas.ops.report.document.PdfConverter;
import jp.resas.ops.report.document.WritingReportFiles;

/**
 * The writers. PDF copies need LibreOffice ({@link ReportSettings}); the command is looked up on the
 * process's {@code PATH} as Micronaut's environment property source reads it (property {@code path}).
 */
@Factory
class ReportWiring {

    @Singleton
    PdfConverter pdfConverter(ReportSettings settings, @Value("${path:}") String searchPath) {
        return new PdfConverter(settings.sofficeCommand(), searchPath);
    }

    @Singleton
    WritingReportFiles writingReportFiles(PdfConverter pdf) {
        return new WritingReportFiles(pdf);
    }
}
