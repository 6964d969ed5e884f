package jp.resas.ops.testutils;

import java.nio.charset.StandardCharsets;

/**
 * STS AssumeRole answered on a {@link FakeAws} in its query/XML wire format, built from the STS API
 * reference's example response ({@code AssumeRoleResponse/AssumeRoleResult/Credentials}): each monitored
 * account's role gives its own access key, so a request's signature tells which account's credentials
 * signed it; or the reference's {@code AccessDenied} error.
 */
public final class AssumedRoles {

    /** The session token every assumed credential carries here. */
    public static final String SESSION_TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtc764";

    private AssumedRoles() {
    }

    /** AssumeRole of a role in {@code accountId} answers credentials with {@code accessKey}. */
    public static void grant(FakeAws sts, String accountId, String accessKey) {
        sts.answerWhen("AssumeRole", accountId, 200, "text/xml", ("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/"
                + "2011-06-15/\"><AssumeRoleResult><AssumedRoleUser><Arn>arn:aws:sts::" + accountId
                + ":assumed-role/ResasOpsRead/resas-ops-collector</Arn><AssumedRoleId>ARO123EXAMPLE123:resas-ops-collector"
                + "</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>" + accessKey + "</AccessKeyId>"
                + "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>"
                + "<SessionToken>" + SESSION_TOKEN + "</SessionToken><Expiration>2099-11-09T13:34:41Z</Expiration>"
                + "</Credentials><PackedPolicySize>6</PackedPolicySize></AssumeRoleResult><ResponseMetadata>"
                + "<RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata></AssumeRoleResponse>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** AssumeRole of a role in {@code accountId} is refused (403 AccessDenied). */
    public static void refuse(FakeAws sts, String accountId) {
        sts.answerWhen("AssumeRole", accountId, 403, "text/xml", ("<ErrorResponse xmlns=\"https://sts.amazonaws.com/"
                + "doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized "
                + "to perform: sts:AssumeRole</Message></Error><RequestId>00000000-0000-0000-0000-000000000001</RequestId>"
                + "</ErrorResponse>").getBytes(StandardCharsets.UTF_8));
    }

}
