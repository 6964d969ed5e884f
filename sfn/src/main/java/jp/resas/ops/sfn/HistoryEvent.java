package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event of an execution's history, numbered from 1 as GetExecutionHistory does. Details hold
 * the JSON values themselves (not their text) so recording stays cheap.
 */
public record HistoryEvent(long id, long previousEventId, String type, Instant timestamp, JsonNode details) {
}
