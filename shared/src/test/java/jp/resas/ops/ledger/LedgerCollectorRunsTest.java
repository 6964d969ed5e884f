package jp.resas.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.resas.ops.common.Actor;
import jp.resas.ops.ledger.account.AccountDirectories;
import jp.resas.ops.ledger.account.AccountDirectory;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import jp.resas.ops.ledger.account.infrastructure.AwsAccountDirectory;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.ledger.configuration.DeployedConfiguration;
import jp.resas.ops.ledger.configuration.DeployedConfigurations;
import jp.resas.ops.ledger.configuration.infrastructure.AwsDeployedConfiguration;
import jp.resas.ops.ledger.configuration.infrastructure.CloudFormationAnswers;
import jp.resas.ops.ledger.configuration.infrastructure.ConfigurationService;
import jp.resas.ops.monitoring.runs.CollectionFailedException;
import jp.resas.ops.monitoring.runs.FailureEscalation;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code configuration-snapshot} and {@code account-collection} record each run in {@code collector_run} as
 * the collectors do, on a real PostgreSQL, with the real CloudFormation and IAM clients against local
 * endpoints answering the services' Query/XML wire format (responses from the API references,
 * aws/ledger/README.md): every account and region refused is a FAILED run; three in a row open the
 * collector incident; a success in between resets the count.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerCollectorRunsTest implements TestPropertyProvider {

    private static final String XML = "text/xml";

    private final FakeAws stacks = new FakeAws();
    private final FakeAws stacksDenied = new FakeAws();
    private final FakeAws iam = new FakeAws();
    private final FakeAws iamDenied = new FakeAws();
    private final AtomicBoolean deny = new AtomicBoolean();

    @Inject
    ConfigurationService configuration;
    @Inject
    AccountReviewService accounts;
    @Inject
    Sql sql;

    LedgerCollectorRunsTest() {
        new CloudFormationAnswers().serveAll(stacks);
        stacksDenied.answerWhen("DescribeStacks", "", 403, XML, CloudFormationAnswers.error("AccessDenied",
                "User: arn:aws:sts::123456789012:assumed-role/ResasOpsLedger/x is not authorized to perform: "
                        + "cloudformation:DescribeStacks"));
        iam.respond("GetAccountAuthorizationDetails", XML, request -> Resources.text(request.form().containsKey("Marker")
                        ? "aws/ledger/apiref_get-account-authorization-details_page2.xml"
                        : "aws/ledger/apiref_get-account-authorization-details_page1.xml"))
                .respond("GenerateCredentialReport", XML, request -> "<GenerateCredentialReportResponse xmlns=\""
                        + "https://iam.amazonaws.com/doc/2010-05-08/\"><GenerateCredentialReportResult><State>COMPLETE"
                        + "</State></GenerateCredentialReportResult><ResponseMetadata><RequestId>1</RequestId>"
                        + "</ResponseMetadata></GenerateCredentialReportResponse>")
                .respond("GetCredentialReport", XML, request -> "<GetCredentialReportResponse xmlns=\""
                        + "https://iam.amazonaws.com/doc/2010-05-08/\"><GetCredentialReportResult><Content>"
                        + Base64.getEncoder().encodeToString(Resources.text("aws/ledger/credential-report.csv")
                                .getBytes(StandardCharsets.UTF_8))
                        + "</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-27T21:42:50Z"
                        + "</GeneratedTime></GetCredentialReportResult><ResponseMetadata><RequestId>2</RequestId>"
                        + "</ResponseMetadata></GetCredentialReportResponse>");
        iamDenied.answerWhen("GetAccountAuthorizationDetails", "", 403, XML, ("<ErrorResponse xmlns=\""
                + "https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                + "<Message>User is not authorized to perform: iam:GetAccountAuthorizationDetails</Message></Error>"
                + "<RequestId>3</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.ledger.regions", "ap-northeast-1");
        return properties;
    }

    /** The stacks of one account; {@code prefix} names a monitored account's scopes ("" for RESAS Ops' own). */
    private DeployedConfiguration deployed(String prefix) {
        return new AwsDeployedConfiguration(region -> (deny.get() ? stacksDenied : stacks).client(CloudFormationClient.builder()),
                region -> stacks.client(ConfigClient.builder()), prefix, new ObjectMapper());
    }

    private AccountDirectory directory() {
        return new AwsAccountDirectory(() -> (deny.get() ? iamDenied : iam).client(IamClient.builder()),
                region -> iam.client(CognitoIdentityProviderClient.builder()), Clock.systemUTC(), pause -> { });
    }

    @MockBean(DeployedConfiguration.class)
    DeployedConfiguration ownStacks() {
        return deployed("");
    }

    /** The monitored accounts' stacks: refused when RESAS Ops' own are, so no scope at all can be read. */
    @MockBean(DeployedConfigurations.class)
    DeployedConfigurations monitoredStacks() {
        return account -> deployed(DiscoveringAssets.scopePrefix(account.name()));
    }

    @MockBean(AccountDirectory.class)
    AccountDirectory ownIam() {
        return directory();
    }

    @MockBean(AccountDirectories.class)
    AccountDirectories monitoredIam() {
        return account -> directory();
    }

    @AfterAll
    void stop() {
        stacks.close();
        stacksDenied.close();
        iam.close();
        iamDenied.close();
    }

    private List<String> runs(String collector) {
        return sql.query("SELECT status FROM collector_run WHERE collector = ? ORDER BY id", row -> row.getString(1),
                collector);
    }

    private long incidents(String collector) {
        return sql.queryOne("SELECT count(*) FROM incident WHERE dedup_key = ?", row -> row.getLong(1),
                "collector:" + collector).orElseThrow();
    }

    @Test
    void configurationSnapshot_failuresAreRuns_threeInARowEscalate_aSuccessResets() {
        Runnable fails = () -> assertThatThrownBy(() -> configuration.snapshotScheduled(Actor.system("configuration-snapshot")))
                .isInstanceOf(CollectionFailedException.class).hasMessageContaining("AccessDenied");

        deny.set(true);
        fails.run();
        fails.run();
        deny.set(false);
        ConfigurationService.SnapshotRun stored = configuration.snapshotScheduled(Actor.system("configuration-snapshot"));
        assertThat(stored.report().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(stored.report().counts().get("resources")).isPositive();
        assertThat(stored.outcome().unchanged()).isFalse();
        deny.set(true);
        fails.run();
        fails.run();

        assertThat(runs("configuration-snapshot")).containsExactly("FAILED", "FAILED", "SUCCEEDED", "FAILED", "FAILED");
        assertThat(incidents("configuration-snapshot")).as("two in a row since the success").isZero();

        fails.run();

        assertThat(incidents("configuration-snapshot")).isEqualTo(1);
        assertThat(sql.queryOne("SELECT title FROM incident WHERE dedup_key = 'collector:configuration-snapshot'",
                row -> row.getString(1)).orElseThrow()).contains("configuration-snapshot failed "
                + FailureEscalation.FAILURES_BEFORE_INCIDENT + " times in a row");
        assertThat(sql.queryOne("SELECT error FROM collector_run WHERE collector = 'configuration-snapshot' "
                + "ORDER BY id DESC LIMIT 1", row -> row.getString(1)).orElseThrow()).contains("AccessDenied");
        assertThat(sql.queryOne("SELECT count(*) FROM configuration_snapshot", row -> row.getLong(1)).orElseThrow())
                .as("a failed run stores no snapshot").isEqualTo(1);
    }

    @Test
    void accountCollection_failuresAreRuns_threeInARowEscalate_aSuccessResets() {
        Runnable fails = () -> assertThatThrownBy(() -> accounts.collectScheduled(Actor.system("account-collection")))
                .isInstanceOf(CollectionFailedException.class).hasMessageContaining("AccessDenied");

        deny.set(true);
        fails.run();
        fails.run();
        deny.set(false);
        AccountReviewService.CollectionRun collected = accounts.collectScheduled(Actor.system("account-collection"));
        assertThat(collected.report().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(collected.collected().accounts()).containsEntry("aws:123456789012", 3);
        deny.set(true);
        fails.run();
        fails.run();

        assertThat(runs("account-collection")).containsExactly("FAILED", "FAILED", "SUCCEEDED", "FAILED", "FAILED");
        assertThat(incidents("account-collection")).isZero();

        fails.run();

        assertThat(incidents("account-collection")).isEqualTo(1);
        assertThat(sql.queryOne("SELECT count(*) FROM review_account WHERE status = 'ACTIVE'", row -> row.getLong(1))
                .orElseThrow()).as("failed runs mark nothing gone").isEqualTo(3);
    }
}
