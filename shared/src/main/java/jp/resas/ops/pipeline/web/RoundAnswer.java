package jp.resas.ops.pipeline.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to planning a round (its id) or approving one (its id and new status). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RoundAnswer(long id, String status) {
}
