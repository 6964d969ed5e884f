package jp.resas.ops.cost.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.resas.ops.cost.BudgetThreshold;
import jp.resas.ops.cost.Budgets;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

@PlatformTest
class BudgetApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Budgets budgets;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    @Test
    void adminSetsThresholds_forEveryMonthAndOneMonth_andTheCostCheckUsesBoth() {
        Api.Answer everyMonth = api().put("/costs/budgets/default", Map.of("thresholds", List.of(1000, 800)),
                "suzuki", "admin");
        api().put("/costs/budgets/2026-12", Map.of("thresholds", List.of(1500), "unit", "USD"), "suzuki", "admin");

        assertThat(everyMonth.status()).isEqualTo(200);
        assertThat(everyMonth.body().at("/thresholds/0").decimalValue()).isEqualByComparingTo("800");
        assertThat(budgets.thresholds(YearMonth.of(2026, 12))).extracting(BudgetThreshold::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("800"), new BigDecimal("1000"), new BigDecimal("1500"));
        assertThat(api().get("/costs/budgets", "kato", "viewer").get("items")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'cost.budget.replace' "
                + "AND actor = 'suzuki'", row -> row.getInt(1)).orElseThrow()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void emptyThresholds_removeTheMonthsBudget() {
        api().put("/costs/budgets/2027-01", Map.of("thresholds", List.of(300)), "suzuki", "admin");

        api().put("/costs/budgets/2027-01", Map.of("thresholds", List.of()), "suzuki", "admin");

        assertThat(sql.queryOne("SELECT count(*) FROM cost_budget WHERE month = '2027-01'", row -> row.getInt(1)))
                .contains(0);
    }

    @Test
    void badThresholdsMonthOrUnit_are400NamingTheField_andChangeNothing() {
        api().put("/costs/budgets/2027-02", Map.of("thresholds", List.of(500)), "suzuki", "admin");

        assertThat(api().put("/costs/budgets/2027-02", Map.of("thresholds", List.of(-1)), "suzuki", "admin")
                .get("field").asText()).isEqualTo("thresholds");
        assertThat(api().put("/costs/budgets/2027-13", Map.of("thresholds", List.of(1)), "suzuki", "admin")
                .get("field").asText()).isEqualTo("month");
        assertThat(api().put("/costs/budgets/2027-02", Map.of("thresholds", List.of(1), "unit", "yen"), "suzuki",
                "admin").get("field").asText()).isEqualTo("unit");
        assertThat(sql.queryOne("SELECT threshold FROM cost_budget WHERE month = '2027-02'",
                row -> row.getBigDecimal(1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
    }

    @Test
    void aUnitThatIsNoCurrencyCode_isRefused_andAMonthWithoutCosts_answers200() {
        Api.Answer notACurrency = api().put("/costs/budgets/2027-03", Map.of("thresholds", List.of(1), "unit", "ABC"),
                "suzuki", "admin");
        Api.Answer yen = api().put("/costs/budgets/2027-03", Map.of("thresholds", List.of(1), "unit", "JPY"),
                "suzuki", "admin");
        Api.Answer emptyMonth = api().get("/costs?month=2031-01", "kato", "viewer");

        assertThat(notACurrency.status()).isEqualTo(400);
        assertThat(notACurrency.get("field").asText()).isEqualTo("unit");
        assertThat(yen.status()).isEqualTo(200);
        assertThat(emptyMonth.status()).as(emptyMonth.body().toString()).isEqualTo(200);
        assertThat(emptyMonth.get("month").asText()).isEqualTo("2031-01");
    }

    @Test
    void onlyAdministrators_setBudgets() {
        assertThat(api().put("/costs/budgets/default", Map.of("thresholds", List.of(1)), "sato", "operator").status())
                .isEqualTo(403);
        assertThat(api().put("/costs/budgets/default", Map.of("thresholds", List.of(1)), "tanaka", "approver")
                .status()).isEqualTo(403);
    }
}
