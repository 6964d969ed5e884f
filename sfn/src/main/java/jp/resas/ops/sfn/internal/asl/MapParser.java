package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.AslValidationException;

/** Parses Map states, both the current {@code ItemProcessor} form and the legacy {@code Iterator}. */
final class MapParser {

    private MapParser() {
    }

    static State map(State.Common c, JsonNode node, String where) {
        JsonNode processor = node.has("ItemProcessor") ? node.get("ItemProcessor") : node.get("Iterator");
        if (processor == null) {
            throw AslValidationException.at(where, "ItemProcessor", "is required");
        }
        boolean distributed = "DISTRIBUTED".equals(processor.path("ProcessorConfig").path("Mode").asText());
        Definition def = AslParser.graph(processor, where + " ItemProcessor", c.queryLanguage());
        StateParser.exclusive(node, where, "ItemSelector", "Parameters");
        PayloadTemplate selector = null;
        JsonNode selectorJsonata = null;
        if (c.jsonata()) {
            selectorJsonata = node.get("ItemSelector");
        } else {
            selector = StateParser.template(node, node.has("ItemSelector") ? "ItemSelector" : "Parameters", where);
        }
        State.Common common = c.jsonata() || !node.has("Parameters") ? c : withoutParameters(c);
        return new State.Map(common, def, distributed, StateParser.path(node, "ItemsPath", where), node.get("Items"),
                selector, selectorJsonata, node.get("ItemReader"), node.get("ItemBatcher"), node.get("ResultWriter"),
                StateParser.timing(node, "MaxConcurrency", c),
                StateParser.timing(node, "ToleratedFailureCount", c),
                StateParser.timing(node, "ToleratedFailurePercentage", c),
                AslParser.text(node, "Label", where),
                ErrorHandlingParser.retriers(node, where), ErrorHandlingParser.catchers(node, where));
    }

    /** In a Map, legacy {@code Parameters} select each item; they do not shape the state input. */
    private static State.Common withoutParameters(State.Common c) {
        return new State.Common(c.name(), c.type(), c.next(), c.end(), c.queryLanguage(), c.inputPath(),
                c.nullInputPath(), null, c.resultSelector(), c.resultPath(), c.nullResultPath(), c.outputPath(),
                c.nullOutputPath(), c.arguments(), c.output(), c.assign());
    }
}
