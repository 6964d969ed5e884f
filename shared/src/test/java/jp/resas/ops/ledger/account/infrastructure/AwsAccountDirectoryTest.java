package jp.resas.ops.ledger.account.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.resas.ops.ledger.account.AccountSource;
import jp.resas.ops.ledger.account.ObservedAccount;
import jp.resas.ops.ledger.account.SystemAccounts;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The real SDK clients against a local endpoint answering responses built from the API references
 * (aws/ledger/README.md): IAM in its Query/XML wire format, Cognito user pools in JSON 1.1.
 */
class AwsAccountDirectoryTest {

    static final String XML = "text/xml";
    static final String JSON_11 = "application/x-amz-json-1.1";
    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private final FakeAws aws = new FakeAws();
    private final List<Duration> pauses = new ArrayList<>();
    private final AwsAccountDirectory directory = new AwsAccountDirectory(() -> aws.client(IamClient.builder()),
            region -> aws.client(CognitoIdentityProviderClient.builder()), Clock.fixed(NOW, ZoneOffset.UTC), pauses::add);

    @AfterEach
    void stop() {
        aws.close();
    }

    private static byte[] report(String state) {
        return ("<GenerateCredentialReportResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<GenerateCredentialReportResult><Description>No report exists. Starting a new report generation task"
                + "</Description><State>" + state + "</State></GenerateCredentialReportResult><ResponseMetadata>"
                + "<RequestId>29f47818-99f5-11e1-a4c3-27EXAMPLE804</RequestId></ResponseMetadata>"
                + "</GenerateCredentialReportResponse>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] credentialReport() {
        return ("<GetCredentialReportResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetCredentialReportResult>"
                + "<Content>" + Base64.getEncoder().encodeToString(Resources.text("aws/ledger/credential-report.csv")
                        .getBytes(StandardCharsets.UTF_8)) + "</Content><ReportFormat>text/csv</ReportFormat>"
                + "<GeneratedTime>2026-11-27T21:42:50Z</GeneratedTime></GetCredentialReportResult><ResponseMetadata>"
                + "<RequestId>29f47818-99f5-11e1-a4c3-27EXAMPLE805</RequestId></ResponseMetadata></GetCredentialReportResponse>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void iamUsers_everyPage_withTheCredentialReportsLastUseMfaAndKeyAge_andTheRootUser() {
        aws.answer("GetAccountAuthorizationDetails", 200, XML, Resources.text(
                        "aws/ledger/apiref_get-account-authorization-details_page1.xml").getBytes(StandardCharsets.UTF_8))
                .answer("GetAccountAuthorizationDetails", 200, XML, Resources.text(
                        "aws/ledger/apiref_get-account-authorization-details_page2.xml").getBytes(StandardCharsets.UTF_8))
                .answer("GenerateCredentialReport", 200, XML, report("STARTED"))
                .answer("GenerateCredentialReport", 200, XML, report("COMPLETE"))
                .answer("GetCredentialReport", 200, XML, credentialReport());

        SystemAccounts read = directory.iamUsers();

        assertThat(read.system()).isEqualTo("aws:123456789012");
        assertThat(read.accounts()).extracting(ObservedAccount::key).containsExactly("ops-tanaka", "ci-deployer",
                "<root_account>");
        ObservedAccount tanaka = read.accounts().get(0);
        assertThat(tanaka.source()).isEqualTo(AccountSource.IAM);
        assertThat(tanaka.groups()).containsExactly("Operators", "policy:ReadOnlyAccess");
        assertThat(tanaka.lastUsedAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(tanaka.mfa()).isTrue();
        assertThat(tanaka.keyAgeDays()).isNull();
        ObservedAccount ci = read.accounts().get(1);
        assertThat(ci.groups()).containsExactly("inline:deploy-artifacts");
        assertThat(ci.lastUsedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
        assertThat(ci.mfa()).isFalse();
        assertThat(ci.keyAgeDays()).isEqualTo(365);
        assertThat(ci.createdOn()).isEqualTo(LocalDate.parse("2023-04-01"));
        assertThat(read.accounts().get(2).mfa()).isTrue();
        assertThat(aws.requests("GetAccountAuthorizationDetails").get(0).form()).containsEntry("Filter.member.1", "User");
        assertThat(aws.requests("GetAccountAuthorizationDetails").get(1).form())
                .containsEntry("Marker", "EXAMPLEkakv9BCuUNFDtxWSyfzetYwEx2ADc8dnzfvERF5S6YMvXKx41t6gCl");
        // STARTED, then COMPLETE: one pause between, no sleeping here
        assertThat(aws.requests("GenerateCredentialReport")).hasSize(2);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void throttling_isRetried_andAnAccessDeniedMakesTheSystemUnavailable() {
        aws.answer("GetAccountAuthorizationDetails", 400, XML, ("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/"
                        + "2010-05-08/\"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>"
                        + "</Error><RequestId>1</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8))
                .answer("GetAccountAuthorizationDetails", 403, XML, ("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/"
                        + "2010-05-08/\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized "
                        + "to perform: iam:GetAccountAuthorizationDetails</Message></Error><RequestId>2</RequestId>"
                        + "</ErrorResponse>").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(directory::iamUsers).isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("AccessDenied").hasMessageContaining("iam:GetAccountAuthorizationDetails");
        assertThat(aws.requests("GetAccountAuthorizationDetails")).hasSize(2);
        assertThat(aws.requests("GenerateCredentialReport")).isEmpty();
    }

    @Test
    void cognitoUsers_everyPage_withTheirGroups_andUnknownUseAndMfa() {
        String pool = "ap-northeast-1_AbCdEf123";
        aws.answerJson("AWSCognitoIdentityProviderService.ListGroups",
                        Resources.text("aws/ledger/apiref_cognito-list-groups.json"), JSON_11)
                .answerJsonWhen("AWSCognitoIdentityProviderService.ListUsersInGroup", "\"GroupName\":\"operator\"",
                        Resources.text("aws/ledger/apiref_cognito-list-users-in-group_operator.json"), JSON_11)
                .answerJsonWhen("AWSCognitoIdentityProviderService.ListUsersInGroup", "\"GroupName\":\"approver\"",
                        Resources.text("aws/ledger/apiref_cognito-list-users-in-group_approver.json"), JSON_11)
                .answerJson("AWSCognitoIdentityProviderService.ListUsers",
                        Resources.text("aws/ledger/apiref_cognito-list-users.json"), JSON_11)
                .answerJson("AWSCognitoIdentityProviderService.ListUsers",
                        Resources.text("aws/ledger/apiref_cognito-list-users_page2.json"), JSON_11);

        SystemAccounts read = directory.cognitoUsers(pool);

        assertThat(read.system()).isEqualTo("cognito:" + pool);
        assertThat(read.accounts()).extracting(ObservedAccount::key).containsExactly("sato", "kato", "ito");
        assertThat(read.accounts()).extracting(ObservedAccount::name)
                .containsExactly("sato@example.go.jp", "加藤 次郎", "ito");
        assertThat(read.accounts().get(0).groups()).containsExactly("operator", "approver");
        assertThat(read.accounts().get(1).groups()).isEmpty();
        assertThat(read.accounts().get(2).groups()).containsExactly("approver");
        assertThat(read.accounts()).allSatisfy(a -> {
            assertThat(a.lastUsedAt()).isNull();
            assertThat(a.mfa()).isNull();
        });
        assertThat(aws.requests("AWSCognitoIdentityProviderService.ListUsers").get(1).body())
                .contains("\"PaginationToken\":\"eyJ1c2VybmFtZSI6ImthdG8ifQ==\"");
    }
}
