package jp.resas.ops.pipeline.infrastructure;

import java.util.Optional;

/**
 * The e-Stat appId, asked for each time a collection calls e-Stat: on one machine it is the setting
 * {@code resas.pipeline.estat-app-id}; in AWS the Lambda platform reads it from Secrets Manager at use,
 * cached for minutes (never frozen into a SnapStart snapshot).
 */
@FunctionalInterface
public interface EstatAppId {

    /** The appId, or empty when none is configured. */
    Optional<String> current();
}
