package jp.resas.ops.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class ServiceAlarmsTest {

    private static AlarmRef alarm(String name) {
        return new AlarmRef("arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:" + name, name, "123456789012",
                "ap-northeast-1");
    }

    private static ServiceAlarms of(String service, String... patterns) {
        Map<String, List<AlarmPattern>> byService = new LinkedHashMap<>();
        byService.put(service, java.util.Arrays.stream(patterns).map(p -> AlarmPattern.of("alarmPatterns", p)).toList());
        byService.put("CloudFront", List.of());
        return new ServiceAlarms(byService);
    }

    @Test
    void withoutPatterns_everyAlarmCounts_withNoService() {
        assertThat(ServiceAlarms.ANY.covers(alarm("anything"))).isTrue();
        assertThat(ServiceAlarms.ANY.serviceOf(alarm("anything"))).isEmpty();
        assertThat(of("Aurora").covers(alarm("anything"))).isTrue();
    }

    @Test
    void namePattern_matchesTheAlarmName_withStars() {
        ServiceAlarms aurora = of("Aurora", "ResasOps-Db-*", "*-Replica-Lag");

        assertThat(aurora.serviceOf(alarm("ResasOps-Db-CPU"))).contains("Aurora");
        assertThat(aurora.serviceOf(alarm("prod-Replica-Lag"))).contains("Aurora");
        assertThat(aurora.covers(alarm("ResasOps-Api-5xx"))).isFalse();
        assertThat(aurora.covers(alarm("xResasOps-Db-CPU"))).isFalse();
    }

    @Test
    void arnPattern_matchesTheAlarmArn_notItsName() {
        ServiceAlarms api = of("RESAS API", "arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:Api-*");

        assertThat(api.serviceOf(alarm("Api-5xx"))).contains("RESAS API");
        assertThat(api.covers(alarm("Db-CPU"))).isFalse();
        assertThat(of("RESAS API", "arn:aws:cloudwatch:us-east-1:*:alarm:Api-*").covers(alarm("Api-5xx"))).isFalse();
    }

    @Test
    void patternsAreCheckedWhenTyped() {
        assertThatThrownBy(() -> AlarmPattern.of("alarmPatterns", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AlarmPattern.of("alarmPatterns", "arn:aws:sns:ap-northeast-1:1:topic"))
                .hasMessageContaining("アラームの ARN");
        assertThatThrownBy(() -> AlarmPattern.of("alarmPatterns", "x".repeat(301)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(AlarmPattern.of("alarmPatterns", "  Api-*  ").text()).isEqualTo("Api-*");
    }
}
