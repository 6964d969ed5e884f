package jp.resas.ops.cost.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.costs.*}, checked at start: {@code tag-key} (env {@code RESAS_COSTS_TAG_KEY}, optional) names a
 * cost-allocation tag the cost collector groups by (a tag key: at most 128 characters).
 */
@Context
@ConfigurationProperties("resas.costs")
public record CostSettings(@Nullable String tagKey) {

    public CostSettings {
        tagKey = Setting.text(tagKey);
        if (tagKey != null && tagKey.length() > 128) {
            throw Setting.invalid("resas.costs.tag-key", "a tag key has at most 128 characters, was "
                    + tagKey.length());
        }
    }

    public Optional<String> tag() {
        return Optional.ofNullable(tagKey);
    }
}
