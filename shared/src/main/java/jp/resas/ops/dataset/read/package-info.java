/**
 * Streaming readers of raw sources: CSV in UTF-8 (with or without BOM) or Windows-31J, and e-Stat JSON
 * pages. They hand out one record at a time with its line number and stop at the first byte that
 * cannot be read, naming file, line and column, so memory stays bounded whatever the file size.
 */
package jp.resas.ops.dataset.read;
