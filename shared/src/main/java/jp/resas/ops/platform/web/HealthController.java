package jp.resas.ops.platform.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;

/** Liveness for load balancers and people: answers without authentication. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    private final Sql sql;

    HealthController(Sql sql) {
        this.sql = sql;
    }

    @Get
    @Transactional(readOnly = true)
    Map<String, String> health() {
        return Map.of("status", "UP", "database", sql.queryOne("SELECT 1", row -> "UP").orElse("DOWN"));
    }
}
