package jp.resas.ops.patch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Patch records on a real PostgreSQL: recorded with the findings they close, listed by keyset pages, and
 * verified (closing the findings as FIXED through their lifecycle) tried around: by who applied it, by who
 * recorded it holding the approver role too, with a finding not yet triaged, and after a finding it names was
 * accepted in between (nothing changes).
 */
@MicronautTest(transactional = false, environments = "patch-api-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatchApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void start() {
        api = new Api(http);
    }

    private long finding(String key, String status) {
        Instant at = Instant.parse("2026-11-20T00:00:00Z");
        return sql.queryOne("INSERT INTO vulnerability_finding (source, finding_key, scope, region, title, severity, cve, "
                + "status, triaged_by, triaged_at, first_seen_at, last_seen_at, updated_at) VALUES ('INSPECTOR', ?, "
                + "'inspector:ap-northeast-1', 'ap-northeast-1', ?, 'HIGH', 'CVE-2024-47554', ?, "
                + "CASE WHEN ? = 'NEW' THEN NULL ELSE 'sato' END, CASE WHEN ? = 'NEW' THEN NULL ELSE ?::timestamptz END, ?, ?, ?) "
                + "RETURNING id", row -> row.getLong(1), key, "finding " + key, status, status, status, at, at, at, at)
                .orElseThrow();
    }

    private String status(long finding) {
        return sql.queryOne("SELECT status FROM vulnerability_finding WHERE id = ?", row -> row.getString(1), finding)
                .orElseThrow();
    }

    private static Map<String, Object> patch(String target, String appliedBy, List<Long> findings) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "commons-io 2.14.0 → 2.18.0");
        body.put("target", target);
        body.put("environment", "PRODUCTION");
        body.put("appliedAt", "2026-11-25T10:00:00+09:00");
        if (appliedBy != null) {
            body.put("appliedBy", appliedBy);
        }
        body.put("findingIds", findings);
        return body;
    }

    @Test
    void aPatch_closesItsFindingsAsFixed_onlyWhenAnotherPersonVerifiesIt() {
        long triaged = finding("p1", "TRIAGED");
        long fixing = finding("p2", "FIXING");
        long fresh = finding("p3", "NEW");

        Api.Answer untriaged = api.post("/patches", patch("ResasOps-Api", null, List.of(triaged, fresh)), "sato", "operator");
        assertThat(untriaged.status()).isEqualTo(409);
        assertThat(untriaged.get("field").asText()).isEqualTo("findingIds");
        assertThat(api.post("/patches", patch("ResasOps-Api", null, List.of(999_999L)), "sato", "operator").status())
                .isEqualTo(400);
        assertThat(api.post("/patches", patch("ResasOps-Api", null, List.of(triaged)), "kato", "viewer").status())
                .isEqualTo(403);

        Api.Answer recorded = api.post("/patches", patch("ResasOps-Api (alarm-intake ほか)", "vendor-ito",
                List.of(triaged, fixing)), "sato", "operator", "approver");
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.get("appliedBy").asText()).isEqualTo("vendor-ito");
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("sato");
        long id = recorded.id();

        Api.Answer byApplier = api.post("/patches/" + id + "/verify", Map.of("version", recorded.version()), "vendor-ito",
                "operator");
        assertThat(byApplier.status()).isEqualTo(403);
        assertThat(byApplier.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        Api.Answer byRecorder = api.post("/patches/" + id + "/verify", Map.of("version", recorded.version()), "sato",
                "operator", "approver", "admin");
        assertThat(byRecorder.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(List.of(status(triaged), status(fixing))).containsExactly("TRIAGED", "FIXING");

        Api.Answer verified = api.post("/patches/" + id + "/verify", Map.of("version", recorded.version()), "tanaka",
                "operator");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.get("verifiedBy").asText()).isEqualTo("tanaka");
        assertThat(List.of(status(triaged), status(fixing))).containsExactly("FIXED", "FIXED");
        assertThat(api.post("/patches/" + id + "/verify", Map.of("version", verified.version()), "suzuki", "operator")
                .status()).isEqualTo(409);
        assertThat(sql.query("SELECT actor || ' ' || action FROM audit_log WHERE target_type = 'vulnerability' "
                + "AND target_id = ? ORDER BY id", row -> row.getString(1), String.valueOf(triaged)))
                .containsExactly("tanaka vulnerability.fixed");
    }

    @Test
    void aFindingAcceptedInBetween_failsTheVerification_andNothingChanges() {
        long one = finding("q1", "TRIAGED");
        long two = finding("q2", "TRIAGED");
        Api.Answer recorded = api.post("/patches", patch("ResasOps-Pipeline", null, List.of(one, two)), "sato", "operator");
        sql.update("UPDATE vulnerability_finding SET status = 'ACCEPTED', accepted_by = 'suzuki', accepted_at = now(), "
                + "accepted_reason = '影響なし', version = version + 1 WHERE id = ?", two);

        Api.Answer verify = api.post("/patches/" + recorded.id() + "/verify", Map.of("version", recorded.version()),
                "tanaka", "operator");
        assertThat(verify.status()).isEqualTo(409);
        assertThat(verify.get("error").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(List.of(status(one), status(two))).containsExactly("TRIAGED", "ACCEPTED");
        assertThat(api.get("/patches/" + recorded.id(), "kato", "viewer").get("verifiedBy").isNull()).isTrue();
    }

    @Test
    void theList_pagesByKeyset_andFilters() {
        long f = finding("r1", "TRIAGED");
        for (int i = 0; i < 3; i++) {
            api.post("/patches", patch("ResasOps-Report-" + i, null, i == 0 ? List.of(f) : List.of()), "sato", "operator");
        }
        Api.Answer first = api.get("/patches?target=ResasOps-Report&limit=2", "kato", "viewer");
        assertThat(first.get("items")).hasSize(2);
        String cursor = first.get("nextCursor").asText();
        Api.Answer second = api.get("/patches?target=ResasOps-Report&limit=2&cursor=" + cursor, "kato", "viewer");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        Api.Answer byFinding = api.get("/patches?finding=" + f, "kato", "viewer");
        assertThat(byFinding.get("items")).hasSize(1);
        assertThat(byFinding.get("items").get(0).get("target").asText()).isEqualTo("ResasOps-Report-0");
        assertThat(api.get("/patches?environment=TEST", "kato", "viewer").get("field").asText()).isEqualTo("environment");
    }
}
