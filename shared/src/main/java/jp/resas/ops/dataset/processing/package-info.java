/**
 * Processing and validation of one raw source by its processing spec: typed values (suppressed and
 * missing cells stay suppressed and missing, never 0), normalised codes and periods, wide-to-long
 * observations streamed to a sink, and findings that name file, line, column and rule. Plain Java, so
 * the same code runs in Lambda, on one machine and in the benchmark.
 */
package jp.resas.ops.dataset.processing;
