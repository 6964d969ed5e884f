package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One state of a definition; {@link Common} holds what every type shares. */
public sealed interface State {

    Common common();

    default String name() {
        return common().name();
    }

    /**
     * Fields shared by all states. Paths are null when absent (meaning {@code $}) and
     * {@code nullPath*} flags record an explicit JSON null (meaning "discard" / "{}").
     */
    record Common(String name, String type, String next, boolean end, QueryLanguage queryLanguage,
                  ReferencePath inputPath, boolean nullInputPath, PayloadTemplate parameters,
                  PayloadTemplate resultSelector, ReferencePath resultPath, boolean nullResultPath,
                  ReferencePath outputPath, boolean nullOutputPath,
                  JsonNode arguments, JsonNode output, JsonNode assign) {

        public boolean jsonata() {
            return queryLanguage == QueryLanguage.JSONATA;
        }
    }

    record Pass(Common common, JsonNode result) implements State {
    }

    record Succeed(Common common) implements State {
    }

    record Fail(Common common, String error, String errorPath, String cause, String causePath) implements State {
    }

    record Wait(Common common, JsonNode seconds, ReferencePath secondsPath, JsonNode timestamp,
                ReferencePath timestampPath) implements State {
    }

    record Choice(Common common, List<ChoiceRule.Branch> choices, String defaultNext) implements State {
    }

    /** Timeout and heartbeat: a literal, a path (JSONPath) or a JSONata expression in {@code value}. */
    record Timing(JsonNode value, ReferencePath path) {
        public static final Timing NONE = new Timing(null, null);

        public boolean isSet() {
            return value != null || path != null;
        }
    }

    record Task(Common common, String resource, Timing timeout, Timing heartbeat, List<Retrier> retry,
                List<Catcher> catchers, JsonNode credentials) implements State {
    }

    record Parallel(Common common, List<Definition> branches, List<Retrier> retry, List<Catcher> catchers)
            implements State {
    }

    /**
     * A Map state, inline or distributed (run inline locally). Items come from the input
     * ({@code ItemsPath}/{@code Items}) or an {@link ItemReader}.
     */
    record Map(Common common, Definition processor, boolean distributed, ReferencePath itemsPath, JsonNode items,
               PayloadTemplate itemSelector, JsonNode itemSelectorJsonata, JsonNode itemReader,
               JsonNode itemBatcher, JsonNode resultWriter, Timing maxConcurrency,
               Timing toleratedFailureCount, Timing toleratedFailurePercentage, String label,
               List<Retrier> retry, List<Catcher> catchers) implements State {
    }
}
