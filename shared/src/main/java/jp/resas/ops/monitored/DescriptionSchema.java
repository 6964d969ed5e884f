package jp.resas.ops.monitored;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.resas.ops.monitored.AvailabilityMeasure.Rule;
import jp.resas.ops.monitored.MonitoredSystem.OpsAccount;
import jp.resas.ops.monitored.ServiceResources.AccessLogLocation;

/**
 * The schema of the description (docs/collectors.md shows a whole file): field by field, with the
 * cross-checks a field alone cannot make (a service's account exists, its region is one of the
 * account's, the availability rule reads a resource the service has, ids are unique).
 */
final class DescriptionSchema {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,64}");
    // STS: 2–1,224 characters of [\w+=,.@:/-].
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern NAME = Pattern.compile("\\S.{0,199}");
    private static final Pattern RESOURCE = Pattern.compile("[^\\s]{1,512}");
    private static final Pattern ALARM_PATTERN = Pattern.compile("[^\\s]{1,255}");

    private final DescriptionNode root;
    private final List<MonitoredAccount> accounts = new ArrayList<>();

    DescriptionSchema(DescriptionNode root) {
        this.root = root;
    }

    MonitoredSystem system() {
        if (!root.isObject()) {
            return null;
        }
        root.onlyFields(MonitoredSystemReader.set("$schema", "schemaVersion", "name", "opsAccount", "accounts",
                "costExplorerAccount", "services", "opsPlatform"));
        root.child("schemaVersion").number(1, 1, null);
        String name = root.child("name").text(NAME, "a name");
        OpsAccount opsAccount = opsAccount(root.child("opsAccount"));
        accounts.addAll(root.child("accounts").list(true, this::account));
        accounts.removeIf(java.util.Objects::isNull);
        unique(root.child("accounts"), accounts.stream().map(MonitoredAccount::name).toList(), "account name");
        DescriptionNode costNode = root.child("costExplorerAccount");
        Optional<String> costAccount = costNode.optionalText(ID, "the name of one of accounts[] (the payer account)");
        costAccount.filter(payer -> !payer.isEmpty() && accounts.stream().noneMatch(a -> payer.equals(a.name())))
                .ifPresent(payer -> costNode.problem("no account named \"" + payer + "\" in accounts[]"));
        List<MonitoredService> services = new ArrayList<>(root.child("services").list(true, node -> service(node, true)));
        services.removeIf(java.util.Objects::isNull);
        DescriptionNode opsNode = root.child("opsPlatform");
        MonitoredService ops = opsNode.present() ? service(opsNode, false) : null;
        if (!opsNode.present()) {
            opsNode.problem("is missing (RESAS Ops' own entry)");
        }
        List<String> ids = new ArrayList<>(services.stream().map(MonitoredService::id).toList());
        if (ops != null) {
            ids.add(ops.id());
        }
        unique(root.child("services"), ids, "service id (opsPlatform included)");
        accounts.stream().filter(a -> opsAccount != null && a.accountId().equals(opsAccount.accountId()))
                .forEach(a -> root.child("accounts").problem("account " + a.name()
                        + " is the ops account; RESAS Ops' own resources belong in opsPlatform"));
        return new MonitoredSystem(name, opsAccount, accounts, costAccount, services, ops);
    }

    private OpsAccount opsAccount(DescriptionNode node) {
        if (!node.present()) {
            node.problem("is missing (the account and region RESAS Ops runs in)");
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        node.onlyFields(MonitoredSystemReader.set("accountId", "region"));
        return new OpsAccount(node.child("accountId").text(ACCOUNT_ID, "a 12-digit account id (as a string)"),
                node.child("region").text(REGION, "a region like ap-northeast-1"));
    }

    private MonitoredAccount account(DescriptionNode node) {
        if (!node.isObject()) {
            return null;
        }
        node.onlyFields(MonitoredSystemReader.set("name", "accountId", "regions", "readRole"));
        String name = node.child("name").text(ID, "a lower-case id like resas-prod");
        String accountId = node.child("accountId").text(ACCOUNT_ID, "a 12-digit account id (as a string)");
        List<String> regions = node.child("regions").list(true, r -> r.text(REGION, "a region like ap-northeast-1"));
        DescriptionNode role = node.child("readRole");
        ReadRole readRole = null;
        if (!role.present()) {
            role.problem("is missing");
        } else if (role.isObject()) {
            role.onlyFields(MonitoredSystemReader.set("roleName", "externalId"));
            readRole = new ReadRole(role.child("roleName").text(ROLE_NAME, "an IAM role name"),
                    role.child("externalId").text(EXTERNAL_ID, "2 to 1,224 characters of letters, digits and +=,.@:/-"));
        }
        return new MonitoredAccount(name, accountId, regions, readRole);
    }

    private MonitoredService service(DescriptionNode node, boolean monitored) {
        if (!node.isObject()) {
            return null;
        }
        node.onlyFields(MonitoredSystemReader.set("id", "name", "account", "region", "resources", "availability",
                "alarmNamePatterns"));
        String id = node.child("id").text(ID, "a lower-case id like public-site");
        String name = node.child("name").text(NAME, "a name");
        String account = null;
        DescriptionNode accountNode = node.child("account");
        if (monitored) {
            account = accountNode.text(ID, "the name of one of accounts[]");
            checkAccount(accountNode, account, node.child("region"));
        } else if (accountNode.present()) {
            accountNode.problem("RESAS Ops is measured in its own account; remove this field");
        }
        String region = node.child("region").text(REGION, "a region like ap-northeast-1");
        ServiceResources resources = resources(node.child("resources"));
        DescriptionNode availabilityNode = node.child("availability");
        Optional<AvailabilityMeasure> availability = availabilityNode.present()
                ? Optional.ofNullable(availability(availabilityNode, resources)) : Optional.empty();
        List<String> alarms = node.child("alarmNamePatterns").list(false,
                p -> p.text(ALARM_PATTERN, "an alarm name, * for any characters"));
        return new MonitoredService(id, name, account, region, resources, availability, alarms);
    }

    private void checkAccount(DescriptionNode accountNode, String account, DescriptionNode regionNode) {
        if (account.isEmpty()) {
            return;
        }
        Optional<MonitoredAccount> known = accounts.stream().filter(a -> a != null && account.equals(a.name()))
                .findFirst();
        if (known.isEmpty()) {
            accountNode.problem("no account named \"" + account + "\" in accounts[]");
            return;
        }
        String region = regionNode.present() && regionNode.isTextValue() ? regionNode.rawText() : null;
        if (region != null && !known.get().regions().contains(region)) {
            regionNode.problem("\"" + region + "\" is not one of account " + account + "'s regions "
                    + known.get().regions());
        }
    }

    private ServiceResources resources(DescriptionNode node) {
        if (!node.present()) {
            node.problem("is missing");
            return new ServiceResources(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), Optional.empty());
        }
        if (!node.isObject()) {
            return new ServiceResources(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), Optional.empty());
        }
        node.onlyFields(MonitoredSystemReader.set("cloudFrontDistributions", "httpApis", "loadBalancers", "functions",
                "dbClusters", "buckets", "logGroups", "healthChecks", "accessLogs"));
        Optional<AccessLogLocation> accessLogs = Optional.empty();
        DescriptionNode logs = node.child("accessLogs");
        if (logs.present() && logs.isObject()) {
            logs.onlyFields(MonitoredSystemReader.set("bucket", "prefix"));
            accessLogs = Optional.of(new AccessLogLocation(logs.child("bucket").text(RESOURCE, "a bucket name"),
                    logs.child("prefix").optionalText(Pattern.compile("[^\\s]*"), "a key prefix").orElse("")));
        }
        return new ServiceResources(ids(node, "cloudFrontDistributions"), ids(node, "httpApis"),
                ids(node, "loadBalancers"), ids(node, "functions"), ids(node, "dbClusters"), ids(node, "buckets"),
                ids(node, "logGroups"), ids(node, "healthChecks"), accessLogs);
    }

    private static List<String> ids(DescriptionNode resources, String field) {
        return resources.child(field).list(false, r -> r.text(RESOURCE, "an identifier without spaces"));
    }

    private AvailabilityMeasure availability(DescriptionNode node, ServiceResources resources) {
        if (!node.isObject()) {
            return null;
        }
        node.onlyFields(MonitoredSystemReader.set("targetPercent", "rule", "resource", "maxErrorPercent",
                "healthCheck"));
        double target = node.child("targetPercent").number(0, 100, null);
        Rule rule = node.child("rule").oneOf(Rule.class);
        DescriptionNode resourceNode = node.child("resource");
        String resource = resourceNode.text(RESOURCE, "the id of one of the service's resources");
        double maxErrors = node.child("maxErrorPercent").number(0, 100, 5.0);
        DescriptionNode checkNode = node.child("healthCheck");
        Optional<String> check = checkNode.optionalText(RESOURCE, "a Route 53 health check id");
        check.filter(c -> !c.isEmpty() && !resources.healthChecks().contains(c))
                .ifPresent(c -> checkNode.problem("\"" + c + "\" is not in resources.healthChecks"));
        if (rule != null && !resource.isEmpty()) {
            List<String> candidates = switch (rule) {
                case API_5XX_SHARE -> resources.httpApis();
                case CLOUDFRONT_5XX_RATE -> resources.cloudFrontDistributions();
                case LOAD_BALANCER_5XX_SHARE -> resources.loadBalancers();
                case HEALTH_CHECK -> resources.healthChecks();
            };
            if (!candidates.contains(resource)) {
                resourceNode.problem("rule " + rule + " reads \"" + resource + "\", which is not among the service's "
                        + switch (rule) {
                            case API_5XX_SHARE -> "resources.httpApis";
                            case CLOUDFRONT_5XX_RATE -> "resources.cloudFrontDistributions";
                            case LOAD_BALANCER_5XX_SHARE -> "resources.loadBalancers";
                            case HEALTH_CHECK -> "resources.healthChecks";
                        } + " " + candidates);
            }
        }
        return new AvailabilityMeasure(target, rule, resource, maxErrors, check);
    }

    private static void unique(DescriptionNode node, List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value != null && !value.isEmpty() && !seen.add(value)) {
                node.problem("duplicate " + what + " \"" + value + "\"");
            }
        }
    }
}
