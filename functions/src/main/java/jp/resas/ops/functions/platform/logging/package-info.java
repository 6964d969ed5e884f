/**
 * The functions' logging backend (issue 18): an SLF4J 2 provider writing one JSON object per line to standard
 * output with the fields of Powertools for AWS Lambda's {@code LambdaJsonLayout} (level, message, error, the
 * Lambda context fields {@code PowertoolsLogging.withLogging} puts in the MDC, timestamp, correlation id, other
 * MDC keys), in place of log4j-core with its JSON template layout (808 classes at a cold start, against ~20).
 * Levels as {@code log4j2.properties} had them: {@code jp.resas.ops} at {@code POWERTOOLS_LOG_LEVEL} (INFO),
 * everything else at WARN, until Powertools sets one level for all ({@link PowertoolsLevels}).
 */
package jp.resas.ops.functions.platform.logging;
