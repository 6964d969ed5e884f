package jp.resas.ops.ledger.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.resas.ops.eos.EosCategory;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.RuntimeKey;
import jp.resas.ops.eos.VersionInUse;

/**
 * The runtime and engine versions a snapshot's resources run, for the end-of-support calendar: Lambda functions'
 * {@code Runtime} (CloudFormation) or {@code configuration.runtime} (AWS Config) as {@code lambda:<runtime>};
 * RDS/Aurora clusters' and instances' {@code Engine} and {@code EngineVersion} (or {@code configuration.engine} and
 * {@code configuration.engineVersion}) as {@code <engine>:<version>}. A value CloudFormation resolves at deployment
 * ({@code Ref}, {@code Fn::*}: kept as JSON) and an image function (no runtime) name no version. A resource read in a
 * monitored account's scope ({@code resas-prod/cloudformation:…}) is RESAS's, one in RESAS Ops' own scope is RESAS
 * Ops'. A resource seen both by CloudFormation and AWS Config counts once per account and physical id.
 */
public final class RuntimeVersions {

    private static final Set<String> FUNCTIONS = Set.of("AWS::Lambda::Function");
    private static final Set<String> DATABASES = Set.of("AWS::RDS::DBCluster", "AWS::RDS::DBInstance");

    private RuntimeVersions() {
    }

    public static List<VersionInUse> of(List<ConfiguredResource> resources) {
        record Group(EosSystem system, EosCategory category, String key) {
        }
        Map<String, Group> groups = new TreeMap<>();
        Map<String, Set<String>> members = new TreeMap<>();
        Map<String, Set<String>> accounts = new TreeMap<>();
        for (ConfiguredResource r : resources) {
            String key;
            EosCategory category;
            if (FUNCTIONS.contains(r.type())) {
                String runtime = value(r, "Runtime", "configuration.runtime");
                key = runtime == null ? null : "lambda:" + runtime;
                category = EosCategory.LAMBDA_RUNTIME;
            } else if (DATABASES.contains(r.type())) {
                String engine = value(r, "Engine", "configuration.engine");
                String version = value(r, "EngineVersion", "configuration.engineVersion");
                key = engine == null || version == null ? null : engine.toLowerCase(java.util.Locale.ROOT) + ":" + version;
                category = EosCategory.DATABASE;
            } else {
                continue;
            }
            if (!RuntimeKey.valid(key)) {
                continue;
            }
            int slash = r.scope().indexOf('/');
            String account = slash > 0 ? r.scope().substring(0, slash) : "";
            EosSystem system = slash > 0 ? EosSystem.RESAS : EosSystem.RESAS_OPS;
            String id = system + " " + key;
            groups.putIfAbsent(id, new Group(system, category, key));
            members.computeIfAbsent(id, k -> new TreeSet<>()).add(account + "/" + (r.physicalId() != null
                    ? r.physicalId() : r.key()));
            if (!account.isEmpty()) {
                accounts.computeIfAbsent(id, k -> new TreeSet<>()).add(account);
            }
        }
        List<VersionInUse> versions = new ArrayList<>();
        groups.forEach((id, g) -> versions.add(new VersionInUse(g.system(), g.category(), g.key(), members.get(id).size(),
                List.copyOf(accounts.getOrDefault(id, Set.of())))));
        return versions;
    }

    /** The first of the names holding a plain value (not a reference CloudFormation resolves). */
    private static String value(ConfiguredResource r, String... names) {
        for (String name : names) {
            String v = r.properties().get(name);
            if (v != null && !v.isBlank() && !v.startsWith("{") && !v.startsWith("[")) {
                return v.strip();
            }
        }
        return null;
    }
}
