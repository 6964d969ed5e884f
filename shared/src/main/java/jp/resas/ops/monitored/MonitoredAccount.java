package jp.resas.ops.monitored;

import java.util.List;

/**
 * An AWS account RESAS runs in.
 *
 * @param name      how services refer to it ("resas-prod")
 * @param accountId the 12-digit account id
 * @param regions   the regions with resources (us-east-1 is implied for CloudFront and Route 53 metrics)
 * @param readRole  the role the collectors assume there
 */
public record MonitoredAccount(String name, String accountId, List<String> regions, ReadRole readRole) {

    public MonitoredAccount {
        regions = List.copyOf(regions);
    }

    public String readRoleArn() {
        return "arn:aws:iam::" + accountId + ":role/" + readRole.roleName();
    }
}
