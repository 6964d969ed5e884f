package jp.resas.ops.functions.platform;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code powertools.metrics.namespace} (env {@code POWERTOOLS_METRICS_NAMESPACE}, which Powertools reads too; the
 * stacks set {@code ResasOps}; unset: {@link PowertoolsMetrics} sets {@code ResasOps}), checked at start against
 * CloudWatch's rules for a namespace, so a bad one stops the function instead of losing every metric it publishes.
 */
@Context
@ConfigurationProperties("powertools.metrics")
public record MetricsNamespaceSettings(@Nullable String namespace) {

    static final String PROPERTY = "powertools.metrics.namespace";
    private static final Pattern CLOUDWATCH = Pattern.compile("[0-9A-Za-z.\\-_/#: ]{1,255}");

    public MetricsNamespaceSettings {
        namespace = Setting.text(namespace);
        if (namespace != null && (!CLOUDWATCH.matcher(namespace).matches() || namespace.startsWith("AWS/"))) {
            throw Setting.invalid(PROPERTY, "not a CloudWatch namespace (at most 255 of letters, digits and . - _ / # :"
                    + " and space, not starting AWS/): '" + namespace + "'");
        }
    }

    public Optional<String> configured() {
        return Optional.ofNullable(namespace);
    }
}
