package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.DeployedConfiguration;
import jp.resas.ops.ledger.configuration.infrastructure.TemplateResources.TemplateResource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.BaseConfigurationItem;
import software.amazon.awssdk.services.config.model.BatchGetResourceConfigResponse;
import software.amazon.awssdk.services.config.model.GetDiscoveredResourceCountsResponse;
import software.amazon.awssdk.services.config.model.ListDiscoveredResourcesResponse;
import software.amazon.awssdk.services.config.model.ResourceCount;
import software.amazon.awssdk.services.config.model.ResourceIdentifier;
import software.amazon.awssdk.services.config.model.ResourceKey;

/**
 * The AWS side of the configuration ledger, every page of each call:
 * <ul>
 * <li>CloudFormation: {@code DescribeStacks}, then per stack {@code GetTemplate} (the properties as written)
 * and {@code ListStackResources} (the physical ids as deployed);</li>
 * <li>AWS Config: {@code GetDiscoveredResourceCounts} (which types it recorded; {@code ListDiscoveredResources}
 * needs a type), {@code ListDiscoveredResources} per type and {@code BatchGetResourceConfig} by 100 keys,
 * again for the keys it left unprocessed.</li>
 * </ul>
 * Throttling is retried by the SDK's standard retry strategy; what still fails (access denied, above all)
 * makes the scope unavailable.
 */
public final class AwsDeployedConfiguration implements DeployedConfiguration {

    static final int BATCH = 100;

    private final Function<String, CloudFormationClient> cloudFormation;
    private final Function<String, ConfigClient> config;
    private final String scopePrefix;
    private final ObjectMapper json;

    /** @param scopePrefix what the scopes' names begin with (a monitored account's "resas-prod/"; "" for RESAS Ops') */
    public AwsDeployedConfiguration(Function<String, CloudFormationClient> cloudFormation,
            Function<String, ConfigClient> config, String scopePrefix, ObjectMapper json) {
        this.cloudFormation = cloudFormation;
        this.config = config;
        this.scopePrefix = scopePrefix;
        this.json = json;
    }

    @Override
    public List<ConfiguredResource> stacks(String region) {
        String scope = scopePrefix + "cloudformation:" + region;
        return calling(() -> {
            CloudFormationClient client = cloudFormation.apply(region);
            List<ConfiguredResource> found = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                DescribeStacksResponse response = client.describeStacks(r -> r.nextToken(page));
                for (Stack stack : response.stacks()) {
                    if (stack.stackStatusAsString() != null && stack.stackStatusAsString().equals("REVIEW_IN_PROGRESS")) {
                        continue; // a change set of a stack never created: nothing is deployed
                    }
                    found.addAll(stack(client, scope, stack));
                }
                token = response.nextToken();
            } while (token != null && !token.isEmpty());
            return found;
        });
    }

    private List<ConfiguredResource> stack(CloudFormationClient client, String scope, Stack stack) {
        String body = client.getTemplate(r -> r.stackName(stack.stackId())).templateBody();
        Map<String, TemplateResource> template = TemplateResources.parse(json, body, "template of " + stack.stackName());
        Map<String, String> stackTags = new LinkedHashMap<>();
        stack.tags().forEach(tag -> stackTags.put(tag.key(), tag.value()));
        List<ConfiguredResource> found = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            ListStackResourcesResponse response = client.listStackResources(r -> r.stackName(stack.stackId()).nextToken(page));
            for (StackResourceSummary summary : response.stackResourceSummaries()) {
                TemplateResource written = template.get(summary.logicalResourceId());
                Map<String, String> tags = new LinkedHashMap<>(stackTags);
                Map<String, String> properties = Map.of();
                if (written != null) {
                    tags.putAll(written.tags());
                    properties = written.properties();
                }
                found.add(new ConfiguredResource(scope, stack.stackName(), summary.logicalResourceId(),
                        summary.physicalResourceId(), summary.resourceType(), properties, tags));
            }
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return found;
    }

    @Override
    public List<ConfiguredResource> recorded(String region) {
        String scope = scopePrefix + "config:" + region;
        return calling(() -> {
            ConfigClient client = config.apply(region);
            List<String> types = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                GetDiscoveredResourceCountsResponse counts = client.getDiscoveredResourceCounts(r -> r.nextToken(page).limit(100));
                for (ResourceCount count : counts.resourceCounts()) {
                    if (count.count() != null && count.count() > 0) {
                        types.add(count.resourceTypeAsString());
                    }
                }
                token = counts.nextToken();
            } while (token != null && !token.isEmpty());
            List<ResourceKey> keys = new ArrayList<>();
            for (String type : types) {
                String next = null;
                do {
                    String page = next;
                    ListDiscoveredResourcesResponse listed = client.listDiscoveredResources(r -> r.resourceType(type)
                            .nextToken(page).limit(100));
                    for (ResourceIdentifier id : listed.resourceIdentifiers()) {
                        keys.add(ResourceKey.builder().resourceType(id.resourceTypeAsString()).resourceId(id.resourceId()).build());
                    }
                    next = listed.nextToken();
                } while (next != null && !next.isEmpty());
            }
            List<ConfiguredResource> found = new ArrayList<>();
            for (int from = 0; from < keys.size(); from += BATCH) {
                List<ResourceKey> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
                while (!batch.isEmpty()) {
                    List<ResourceKey> asked = batch;
                    BatchGetResourceConfigResponse items = client.batchGetResourceConfig(r -> r.resourceKeys(asked));
                    for (BaseConfigurationItem item : items.baseConfigurationItems()) {
                        found.add(item(scope, item));
                    }
                    if (items.unprocessedResourceKeys().size() >= asked.size()) {
                        throw new SourceUnavailableException("BatchGetResourceConfig left every key unprocessed", null);
                    }
                    batch = items.unprocessedResourceKeys();
                }
            }
            return found;
        });
    }

    private ConfiguredResource item(String scope, BaseConfigurationItem item) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (item.resourceName() != null) {
            properties.put("resourceName", item.resourceName());
        }
        if (item.arn() != null) {
            properties.put("arn", item.arn());
        }
        if (item.configuration() != null && !item.configuration().isBlank()) {
            try {
                JsonNode configuration = json.readTree(item.configuration());
                if (configuration != null && configuration.isObject()) {
                    TemplateResources.flatten(json, configuration)
                            .forEach((name, value) -> properties.put("configuration." + name, value));
                }
            } catch (JsonProcessingException e) {
                properties.put("configuration", item.configuration().length() > TemplateResources.MAX_VALUE
                        ? item.configuration().substring(0, TemplateResources.MAX_VALUE) + "…" : item.configuration());
            }
        }
        return new ConfiguredResource(scope, null, null, item.resourceId(), item.resourceTypeAsString(), properties, Map.of());
    }

    private static <T> T calling(Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new SourceUnavailableException(code + ": " + message, e);
        } catch (SdkException e) {
            throw new SourceUnavailableException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SourceUnavailableException(e.getMessage(), e);
        }
    }
}
