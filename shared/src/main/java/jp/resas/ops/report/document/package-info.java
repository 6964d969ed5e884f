/**
 * Writes an assembled report as files: Word (the repository's template filled by poi-tl, charts by
 * POI's XDDF), Excel (POI, a sheet per table), the source data as CSV files in a ZIP, and a PDF through
 * LibreOffice when it is installed. Knows no framework.
 */
package jp.resas.ops.report.document;
