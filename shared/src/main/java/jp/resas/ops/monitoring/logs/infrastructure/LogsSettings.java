package jp.resas.ops.monitoring.logs.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code resas.logs.*}: the log groups searched for errors ({@code resas.logs.error-log-groups}, env
 * {@code RESAS_LOGS_ERROR_LOG_GROUPS}, comma-separated) and the API's access log group
 * ({@code resas.logs.api-access-log-group}, env {@code RESAS_LOGS_API_ACCESS_LOG_GROUP}); empty when unset.
 */
@ConfigurationProperties("resas.logs")
public record LogsSettings(@Nullable String errorLogGroups, @Nullable String apiAccessLogGroup) {

    public List<String> errorGroups() {
        return errorLogGroups == null ? List.of()
                : Arrays.stream(errorLogGroups.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<String> accessLogGroup() {
        return Optional.ofNullable(apiAccessLogGroup).map(String::trim).filter(s -> !s.isEmpty());
    }
}
