package jp.resas.ops.report.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code resas.reports.*} (env {@code RESAS_REPORTS_SOFFICE}): the LibreOffice command that makes the PDF
 * copies, {@value #DEFAULT_SOFFICE} on the PATH by default. Where it is missing (the zip-packaged Lambda)
 * the PDF is skipped and the report says so.
 */
@ConfigurationProperties("resas.reports")
public record ReportSettings(@Nullable String soffice) {

    public static final String DEFAULT_SOFFICE = "soffice";

    /** The command to run: the configured one, else {@value #DEFAULT_SOFFICE}. */
    public String sofficeCommand() {
        return soffice == null || soffice.isBlank() ? DEFAULT_SOFFICE : soffice;
    }
}
