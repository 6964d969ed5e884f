package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.resas.ops.sfn.internal.cdk.CfnResolver;

/** Finds every {@code AWS::StepFunctions::StateMachine} in a CDK output directory. */
public final class CdkTemplates {

    private CdkTemplates() {
    }

    /**
     * Reads {@code cdkOut/*.template.json}, sorted by file name.
     *
     * @throws IllegalArgumentException when the directory has no templates or a definition is invalid
     */
    public static List<CdkStateMachine> read(Path cdkOut, String region, String account) {
        if (!Files.isDirectory(cdkOut)) {
            throw new IllegalArgumentException("No CDK output directory at " + cdkOut
                    + " (run 'cdk synth' first, or pass --cdk-out)");
        }
        List<Path> templates;
        try (Stream<Path> files = Files.list(cdkOut)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".template.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CdkStateMachine> machines = new ArrayList<>();
        for (Path template : templates) {
            machines.addAll(fromTemplate(stackName(template), read(template), region, account));
        }
        return machines;
    }

    private static String stackName(Path template) {
        String file = template.getFileName().toString();
        return file.substring(0, file.length() - ".template.json".length());
    }

    private static JsonNode read(Path file) {
        try {
            return Json.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The state machines of one template. */
    public static List<CdkStateMachine> fromTemplate(String stack, JsonNode template, String region, String account) {
        JsonNode resources = template.path("Resources");
        CfnResolver resolver = new CfnResolver(resources, region, account);
        List<CdkStateMachine> out = new ArrayList<>();
        resources.fields().forEachRemaining(e -> {
            if (!"AWS::StepFunctions::StateMachine".equals(e.getValue().path("Type").asText())) {
                return;
            }
            JsonNode props = e.getValue().path("Properties");
            String name = props.hasNonNull("StateMachineName")
                    ? resolver.resolve(props.get("StateMachineName")).asText() : e.getKey();
            String where = stack + "/" + e.getKey();
            JsonNode definition = definition(props, resolver, where);
            StateMachine machine;
            try {
                machine = StateMachine.parse(name, definition);
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
            }
            out.add(new CdkStateMachine(stack, e.getKey(), machine, handlers(resolver, resources)));
        });
        return out;
    }

    private static JsonNode definition(JsonNode props, CfnResolver resolver, String where) {
        String text;
        if (props.has("DefinitionString")) {
            text = resolver.resolve(props.get("DefinitionString")).asText();
        } else if (props.has("Definition")) {
            text = Json.write(resolver.resolve(props.get("Definition")));
        } else {
            throw new IllegalArgumentException(where + ": the state machine has neither DefinitionString nor "
                    + "Definition (DefinitionS3Location is not supported locally)");
        }
        JsonNode substitutions = props.path("DefinitionSubstitutions");
        for (var it = substitutions.fields(); it.hasNext(); ) {
            var s = it.next();
            text = text.replace("${" + s.getKey() + "}", resolver.resolve(s.getValue()).asText());
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": the resolved definition is not JSON: " + e.getMessage(), e);
        }
    }

    /** Every Java Lambda function of the template, by the name its ARN carries. */
    private static Map<String, String> handlers(CfnResolver resolver, JsonNode resources) {
        Map<String, String> out = new LinkedHashMap<>();
        resources.fields().forEachRemaining(e -> {
            JsonNode r = e.getValue();
            if ("AWS::Lambda::Function".equals(r.path("Type").asText())
                    && r.path("Properties").path("Handler").isTextual()) {
                out.put(resolver.functionName(e.getKey()), r.path("Properties").path("Handler").asText());
            }
        });
        return out;
    }
}
