package jp.resas.ops.infra.api;

import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CfnManagedLoginBranding;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.ManagedLoginVersion;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardThreatProtectionMode;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroupOptions;
import software.constructs.Construct;

/**
 * The portal's users. Accounts are created by administrators only (government staff and the
 * operator's engineers, never the public); the Cognito groups are the platform's roles.
 */
public final class OpsUserPool extends Construct {

    /** A platform role: the Cognito group name the handlers check and what it may do. */
    public record Group(String name, String description) {
    }

    /** The roles of PRODUCT.md. */
    public static final List<Group> GROUPS = List.of(
            new Group("operator", "Operator engineers: tickets, pipelines, ledgers, reports"),
            new Group("approver", "Owner staff: approve schedules, publications, work and change requests"),
            new Group("viewer", "Other ministries and Cabinet staff: read-only portal, submit inquiries"),
            new Group("admin", "Administrators: users, settings, calendars"));

    /** Context key naming the managed login's domain prefix ({@code <prefix>.auth.<region>.amazoncognito.com}). */
    public static final String DOMAIN_PREFIX_CONTEXT = "resas:cognitoDomainPrefix";
    /** The portal's routes Cognito sends the browser back to, under each portal origin. */
    public static final String CALLBACK_PATH = "/portal/callback";
    public static final String SIGNED_OUT_PATH = "/portal/";

    private final UserPool userPool;
    private final UserPoolClient portalClient;
    private final UserPoolDomain domain;

    /** @param portalOrigins where the portal is served; the first is the one the ops API names to Cognito */
    public OpsUserPool(Construct scope, String id, List<String> portalOrigins) {
        super(scope, id);
        this.userPool = UserPool.Builder.create(this, "Pool")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .mfa(Mfa.REQUIRED)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .passwordPolicy(PasswordPolicy.builder()
                        .minLength(12).requireLowercase(true).requireUppercase(true)
                        .requireDigits(true).requireSymbols(true)
                        .tempPasswordValidity(Duration.days(3))
                        .build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                // Plus plan for full threat protection (compromised credentials, risky sign-ins):
                // the pool has tens of users, so the per-user price is small.
                .featurePlan(FeaturePlan.PLUS)
                .standardThreatProtectionMode(StandardThreatProtectionMode.FULL_FUNCTION)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        GROUPS.forEach(group -> userPool.addGroup(constructId(group), UserPoolGroupOptions.builder()
                .groupName(group.name())
                .description(group.description())
                .build()));
        // The portal logs in through the managed login (authorization code grant; the portal sends a PKCE
        // S256 challenge and a nonce with every request): a public client (no secret), Cognito's own
        // users only, the portal's callback and sign-out URLs, short-lived tokens.
        this.portalClient = userPool.addClient("PortalClient", UserPoolClientOptions.builder()
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).implicitCodeGrant(false)
                                .clientCredentials(false).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL))
                        .callbackUrls(portalOrigins.stream().map(origin -> origin + CALLBACK_PATH).toList())
                        .logoutUrls(portalOrigins.stream().map(origin -> origin + SIGNED_OUT_PATH).toList())
                        .build())
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .preventUserExistenceErrors(true)
                .accessTokenValidity(Duration.hours(1))
                .idTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.hours(12))
                .build());
        // Managed login (version 2) on a Cognito prefix domain, with Cognito's own branding for the client:
        // a version-2 domain serves its pages only to clients that have a branding style.
        Object prefix = scope.getNode().tryGetContext(DOMAIN_PREFIX_CONTEXT);
        this.domain = userPool.addDomain("ManagedLogin", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder()
                        .domainPrefix(prefix != null ? String.valueOf(prefix) : "resas-ops-" + Aws.ACCOUNT_ID)
                        .build())
                .managedLoginVersion(ManagedLoginVersion.NEWER_MANAGED_LOGIN)
                .build());
        CfnManagedLoginBranding.Builder.create(this, "Branding")
                .userPoolId(userPool.getUserPoolId())
                .clientId(portalClient.getUserPoolClientId())
                .useCognitoProvidedValues(true)
                .build();
    }

    /** The managed login's base URL ({@code https://<prefix>.auth.<region>.amazoncognito.com}). */
    public String managedLoginUrl() {
        return domain.baseUrl();
    }

    public UserPoolDomain domain() {
        return domain;
    }

    private static String constructId(Group group) {
        return Character.toUpperCase(group.name().charAt(0)) + group.name().substring(1) + "Group";
    }

    /** The JWKS URL the handlers verify Cognito tokens against. */
    public String jwksUrl() {
        return "https://cognito-idp." + Stack.of(this).getRegion() + ".amazonaws.com/"
                + userPool.getUserPoolId() + "/.well-known/jwks.json";
    }

    public UserPool userPool() {
        return userPool;
    }

    public UserPoolClient portalClient() {
        return portalClient;
    }
}
