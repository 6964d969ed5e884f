package jp.resas.ops.alarm.event;

import java.util.Map;
import java.util.Optional;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.MalformedAlarmEventException;

/** Alarm ARNs: reading the account and region out of one, or building one where a message lacks it. */
final class AlarmArns {

    /**
     * SNS alarm messages name the region by its long name. Older messages carry no {@code AlarmArn},
     * so the ARN is rebuilt from account, region and name.
     */
    private static final Map<String, String> REGION_CODES = Map.ofEntries(
            Map.entry("US East (N. Virginia)", "us-east-1"),
            Map.entry("US (Virginia)", "us-east-1"),
            Map.entry("US - N. Virginia", "us-east-1"),
            Map.entry("US East (Ohio)", "us-east-2"),
            Map.entry("US West (N. California)", "us-west-1"),
            Map.entry("US West (Oregon)", "us-west-2"),
            Map.entry("Asia Pacific (Tokyo)", "ap-northeast-1"),
            Map.entry("Asia Pacific - Tokyo", "ap-northeast-1"),
            Map.entry("Asia Pacific (Osaka)", "ap-northeast-3"),
            Map.entry("Asia Pacific (Seoul)", "ap-northeast-2"),
            Map.entry("Asia Pacific (Singapore)", "ap-southeast-1"),
            Map.entry("Asia Pacific (Sydney)", "ap-southeast-2"),
            Map.entry("Asia Pacific (Mumbai)", "ap-south-1"),
            Map.entry("Canada (Central)", "ca-central-1"),
            Map.entry("EU (Frankfurt)", "eu-central-1"),
            Map.entry("EU (Ireland)", "eu-west-1"),
            Map.entry("EU - Ireland", "eu-west-1"),
            Map.entry("EU (London)", "eu-west-2"),
            Map.entry("EU (Paris)", "eu-west-3"),
            Map.entry("EU (Stockholm)", "eu-north-1"),
            Map.entry("South America (Sao Paulo)", "sa-east-1"));

    private AlarmArns() {
    }

    /** The reference for an alarm known by its ARN; {@code path} names the field the ARN came from. */
    static AlarmRef fromArn(String arn, String name, String path) {
        String[] parts = arn.split(":", 7);
        if (parts.length < 7 || !"arn".equals(parts[0]) || !"cloudwatch".equals(parts[2]) || !"alarm".equals(parts[5])
                || parts[3].isBlank() || parts[4].isBlank()) {
            throw new MalformedAlarmEventException(path,
                    "'" + arn + "' is not a CloudWatch alarm ARN (arn:aws:cloudwatch:REGION:ACCOUNT:alarm:NAME)");
        }
        return new AlarmRef(arn, name == null ? parts[6] : name, parts[4], parts[3]);
    }

    /** Rebuilds the ARN of an alarm whose message gives only account, region long name and name. */
    static AlarmRef fromParts(String accountId, String regionName, String name, String path) {
        String region = Optional.ofNullable(REGION_CODES.get(regionName))
                .or(() -> regionName.matches("[a-z]{2}(-[a-z]+)+-\\d") ? Optional.of(regionName) : Optional.empty())
                .orElseThrow(() -> new MalformedAlarmEventException(path,
                        "is missing, and region '" + regionName + "' is not one the ARN can be rebuilt from"));
        return new AlarmRef("arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + name, name, accountId, region);
    }
}
