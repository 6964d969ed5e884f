package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One {@code Catch} entry: the errors it handles, where the error output goes, and the next state. */
public record Catcher(List<String> errorEquals, String next, ReferencePath resultPath, boolean nullResultPath,
                      JsonNode output, JsonNode assign) {
}
