package jp.resas.ops.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import java.util.Map;
import jp.resas.ops.platform.jdbc.DatabaseAvailability;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * {@code GET /health}: liveness for uptime checks, answered without authentication and without the
 * database (an open route must not run a transaction for anyone, nor wake a paused database); where a
 * watcher knows the database is down (the single-machine runtime), it answers 503 {@code DOWN} at once.
 * {@code GET /health/database}: the deep check, a database round trip, for signed-in users only.
 */
@Controller("/health")
class HealthController {

    private final Sql sql;
    private final DatabaseAvailability availability;

    HealthController(Sql sql, DatabaseAvailability availability) {
        this.sql = sql;
        this.availability = availability;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Map<String, String>> health() {
        return availability.isDown()
                ? HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", "DOWN", "database", "DOWN"))
                : HttpResponse.ok(Map.of("status", "UP"));
    }

    @Get("/database")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    Map<String, String> database() {
        return Map.of("status", "UP", "database", sql.queryOne("SELECT 1", row -> "UP").orElse("DOWN"));
    }
}
