package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.ledger.configuration.ConfigurationReading;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.infrastructure.TemplateResources.TemplateResource;

/**
 * The configuration as synthesised: each stack artifact ({@code aws:cloudformation:stack}) of a CDK cloud
 * assembly's {@code manifest.json}, nested assemblies (stages) included, its template read from
 * {@code templateFile}; the stack named by {@code stackName} or the artifact id. Scope {@value #SCOPE};
 * physical ids are not known before deployment.
 */
public final class CdkOutTemplates {

    public static final String SCOPE = "cdk-out";

    private final ObjectMapper json;

    public CdkOutTemplates(ObjectMapper json) {
        this.json = json;
    }

    /** @throws InvalidInputException naming the directory or file (and line) that is not a readable cloud assembly */
    public ConfigurationReading read(Path assembly) {
        Path manifest = assembly.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            throw new InvalidInputException("cdkOut", assembly + " は CDK の出力ディレクトリではありません (manifest.json がありません)。");
        }
        List<ConfiguredResource> resources = new ArrayList<>();
        read(assembly, resources, 0);
        return new ConfigurationReading(resources, List.of());
    }

    private void read(Path assembly, List<ConfiguredResource> resources, int depth) {
        Path manifest = assembly.resolve("manifest.json");
        JsonNode root = tree(manifest);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("artifacts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> artifact = it.next();
            String type = artifact.getValue().path("type").asText();
            JsonNode properties = artifact.getValue().path("properties");
            if (type.equals("aws:cloudformation:stack")) {
                String file = properties.path("templateFile").asText(artifact.getKey() + ".template.json");
                String stack = properties.path("stackName").asText(artifact.getKey());
                Path template = assembly.resolve(file).normalize();
                if (!template.startsWith(assembly.normalize())) {
                    throw new InvalidInputException("cdkOut", manifest + ": templateFile " + file + " は出力ディレクトリの外を指しています。");
                }
                String body = text(template);
                Map<String, TemplateResource> parsed;
                try {
                    parsed = TemplateResources.parse(json, body, template.toString());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("cdkOut", e.getMessage());
                }
                parsed.forEach((logicalId, resource) -> resources.add(new ConfiguredResource(SCOPE, stack, logicalId, null,
                        resource.type(), resource.properties(), resource.tags())));
            } else if (type.equals("cdk:cloud-assembly") && depth < 4) {
                String directory = properties.path("directoryName").asText("");
                if (!directory.isEmpty()) {
                    Path nested = assembly.resolve(directory).normalize();
                    if (nested.startsWith(assembly.normalize()) && Files.isRegularFile(nested.resolve("manifest.json"))) {
                        read(nested, resources, depth + 1);
                    }
                }
            }
        }
    }

    private JsonNode tree(Path file) {
        try {
            return json.readTree(text(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("cdkOut", file + " (" + e.getLocation().getLineNr() + " 行目) は JSON として読めません: "
                    + e.getOriginalMessage());
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("cdkOut", file + " がありません。");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
