package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One invocation of a Task's resource.
 *
 * @param resource   the ARN without its {@code .sync}/{@code .waitForTaskToken} suffix
 * @param pattern    how the runner waits for the result
 * @param parameters the effective parameters (JSONPath) or arguments (JSONata)
 * @param taskToken  the token issued for {@code .waitForTaskToken}, else null
 * @param attempt    0 for the first attempt, then the retry count
 * @param declaredResource the Resource as written, suffix included ({@code .sync:2})
 */
public record TaskCall(String resource, Pattern pattern, JsonNode parameters, String stateName,
                       String executionArn, String taskToken, int attempt, String declaredResource) {

    /** The integration patterns of the service. */
    public enum Pattern {
        REQUEST_RESPONSE(""),
        RUN_JOB(".sync"),
        WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

        private final String suffix;

        Pattern(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }

        /** The pattern named by a resource ARN's suffix ({@code .sync:2} counts as {@code .sync}). */
        public static Pattern of(String resource) {
            if (resource.endsWith(".waitForTaskToken")) {
                return WAIT_FOR_TASK_TOKEN;
            }
            return resource.matches(".*\\.sync(:\\d+)?$") ? RUN_JOB : REQUEST_RESPONSE;
        }

        public static String strip(String resource) {
            return resource.replaceFirst("\\.(waitForTaskToken|sync(:\\d+)?)$", "");
        }
    }
}
