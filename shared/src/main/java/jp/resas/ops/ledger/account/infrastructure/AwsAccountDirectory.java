package jp.resas.ops.ledger.account.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.resas.ops.ledger.account.AccountDirectory;
import jp.resas.ops.ledger.account.AccountSource;
import jp.resas.ops.ledger.account.ObservedAccount;
import jp.resas.ops.ledger.account.SystemAccounts;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GenerateCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ReportStateType;
import software.amazon.awssdk.services.iam.model.UserDetail;

/**
 * The accounts AWS knows, every page of each call:
 * <ul>
 * <li>IAM: {@code GetAccountAuthorizationDetails} (filter {@code User}: groups, attached and inline policies),
 * then the credential report ({@code GenerateCredentialReport} until {@code COMPLETE}, a few tries apart, then
 * {@code GetCredentialReport}: the CSV's password and access-key last use, {@code mfa_active}, the keys'
 * {@code last_rotated}); the root user is an account too ({@code <root_account>});</li>
 * <li>Cognito: {@code ListUsers}, {@code ListGroups} and {@code ListUsersInGroup} per group. Cognito reports
 * neither the last sign-in nor each user's MFA here: both stay unknown.</li>
 * </ul>
 * Throttling is retried by the SDK's standard retry strategy; what still fails makes the system unavailable.
 */
public final class AwsAccountDirectory implements AccountDirectory {

    /** Waits between credential-report tries; the report is usually ready within seconds. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final int REPORT_TRIES = 10;

    private final Supplier<IamClient> iam;
    private final Function<String, CognitoIdentityProviderClient> cognito;
    private final Clock clock;
    private final Pause pause;

    /** @param cognito the client of a region (a pool id begins with its region) */
    public AwsAccountDirectory(Supplier<IamClient> iam, Function<String, CognitoIdentityProviderClient> cognito,
            Clock clock, Pause pause) {
        this.iam = iam;
        this.cognito = cognito;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public SystemAccounts iamUsers() {
        return calling(() -> {
            IamClient client = iam.get();
            List<UserDetail> users = new ArrayList<>();
            String marker = null;
            boolean truncated;
            do {
                String page = marker;
                GetAccountAuthorizationDetailsResponse response = client.getAccountAuthorizationDetails(r -> r
                        .filter(EntityType.USER).maxItems(100).marker(page));
                users.addAll(response.userDetailList());
                truncated = Boolean.TRUE.equals(response.isTruncated());
                marker = response.marker();
            } while (truncated && marker != null);
            Map<String, Map<String, String>> report = credentialReport(client);
            String accountId = report.values().stream().map(row -> row.get("arn")).filter(a -> a != null && a.startsWith("arn:"))
                    .map(a -> a.split(":")[4]).findFirst().orElseGet(() -> users.isEmpty() ? "unknown"
                            : users.get(0).arn().split(":")[4]);
            String system = "aws:" + accountId;
            List<ObservedAccount> accounts = new ArrayList<>();
            Instant now = clock.instant();
            for (UserDetail user : users) {
                List<String> groups = new ArrayList<>(user.groupList());
                user.attachedManagedPolicies().forEach(p -> groups.add("policy:" + p.policyName()));
                user.userPolicyList().forEach(p -> groups.add("inline:" + p.policyName()));
                Map<String, String> row = report.getOrDefault(user.userName(), Map.of());
                accounts.add(new ObservedAccount(AccountSource.IAM, system, user.userName(), user.userName(), groups,
                        lastUsed(row), user.createDate() == null ? null : LocalDate.ofInstant(user.createDate(), ZoneOffset.ofHours(9)),
                        row.isEmpty() ? null : "true".equals(row.get("mfa_active")), keyAge(row, now)));
            }
            Map<String, String> root = report.get("<root_account>");
            if (root != null) {
                accounts.add(new ObservedAccount(AccountSource.IAM, system, "<root_account>", "ルートユーザー", List.of(),
                        lastUsed(root), day(root.get("user_creation_time")), "true".equals(root.get("mfa_active")),
                        keyAge(root, now)));
            }
            return new SystemAccounts(AccountSource.IAM, system, accounts);
        });
    }

    private Map<String, Map<String, String>> credentialReport(IamClient client) {
        for (int attempt = 1; ; attempt++) {
            GenerateCredentialReportResponse generated = client.generateCredentialReport();
            if (generated.state() == ReportStateType.COMPLETE) {
                break;
            }
            if (attempt >= REPORT_TRIES) {
                throw new SourceUnavailableException("credential report still " + generated.stateAsString() + " after "
                        + REPORT_TRIES + " tries", null);
            }
            try {
                pause.pause(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException("interrupted waiting for the credential report", e);
            }
        }
        String csv = client.getCredentialReport().content().asString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new SourceUnavailableException("empty credential report", null);
        }
        String[] header = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            // the report's fields never contain commas (user names may not)
            String[] values = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length && i < values.length; i++) {
                row.put(header[i], values[i]);
            }
            rows.put(row.get("user"), row);
        }
        return rows;
    }

    private static Instant lastUsed(Map<String, String> row) {
        Instant last = null;
        for (String column : List.of("password_last_used", "access_key_1_last_used_date", "access_key_2_last_used_date")) {
            Instant at = instant(row.get(column));
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        return last;
    }

    private static Integer keyAge(Map<String, String> row, Instant now) {
        Integer oldest = null;
        for (int key = 1; key <= 2; key++) {
            if ("true".equals(row.get("access_key_" + key + "_active"))) {
                Instant rotated = instant(row.get("access_key_" + key + "_last_rotated"));
                if (rotated != null) {
                    int days = (int) Duration.between(rotated, now).toDays();
                    oldest = oldest == null ? days : Math.max(oldest, days);
                }
            }
        }
        return oldest;
    }

    /** The report's timestamps (ISO 8601 with offset); N/A, no_information, not_supported: none. */
    private static Instant instant(String value) {
        if (value == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        Instant at = instant(value);
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.ofHours(9));
    }

    @Override
    public SystemAccounts cognitoUsers(String userPoolId) {
        return calling(() -> {
            CognitoIdentityProviderClient client = cognito.apply(userPoolId.substring(0, Math.max(0, userPoolId.indexOf('_'))));
            Map<String, List<String>> groupsOf = new HashMap<>();
            String next = null;
            do {
                String page = next;
                ListGroupsResponse groups = client.listGroups(r -> r.userPoolId(userPoolId).limit(60).nextToken(page));
                for (GroupType group : groups.groups()) {
                    String token = null;
                    do {
                        String memberPage = token;
                        ListUsersInGroupResponse members = client.listUsersInGroup(r -> r.userPoolId(userPoolId)
                                .groupName(group.groupName()).limit(60).nextToken(memberPage));
                        members.users().forEach(u -> groupsOf.computeIfAbsent(u.username(), k -> new ArrayList<>())
                                .add(group.groupName()));
                        token = members.nextToken();
                    } while (token != null && !token.isEmpty());
                }
                next = groups.nextToken();
            } while (next != null && !next.isEmpty());
            String system = "cognito:" + userPoolId;
            List<ObservedAccount> accounts = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                ListUsersResponse users = client.listUsers(r -> r.userPoolId(userPoolId).limit(60).paginationToken(page));
                for (UserType user : users.users()) {
                    String name = user.attributes().stream().filter(a -> a.name().equals("name") || a.name().equals("email"))
                            .map(a -> a.value()).findFirst().orElse(user.username());
                    accounts.add(new ObservedAccount(AccountSource.COGNITO, system, user.username(), name,
                            groupsOf.getOrDefault(user.username(), List.of()), null,
                            user.userCreateDate() == null ? null : LocalDate.ofInstant(user.userCreateDate(), ZoneOffset.ofHours(9)),
                            null, null));
                }
                token = users.paginationToken();
            } while (token != null && !token.isEmpty());
            return new SystemAccounts(AccountSource.COGNITO, system, accounts);
        });
    }

    private static <T> T calling(Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new SourceUnavailableException(code + ": " + message, e);
        } catch (SdkException e) {
            throw new SourceUnavailableException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
