package jp.resas.ops.ledger.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.resas.ops.ledger.asset.SourceUnavailableException;

/**
 * Reads the accounts of IAM (RESAS Ops' account and each monitored account, through its role) and of each
 * Cognito user pool configured. A system that cannot be read is named as missing and changes nothing.
 */
public final class CollectingAccounts {

    /** What one collection read: each system read in full, and the ones it could not read. */
    public record Collection(List<SystemAccounts> systems, List<String> missing) {

        public Collection {
            systems = List.copyOf(systems);
            missing = List.copyOf(missing);
        }

        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            systems.forEach(s -> counts.put(s.system(), s.accounts().size()));
            return counts;
        }
    }

    /** A directory to read and the name it goes by in {@code missing} ("" for RESAS Ops' own account). */
    public record Directory(String name, AccountDirectory directory) {
    }

    private final List<Directory> iam;
    private final AccountDirectory cognito;
    private final List<String> userPools;

    public CollectingAccounts(List<Directory> iam, AccountDirectory cognito, List<String> userPools) {
        this.iam = List.copyOf(iam);
        this.cognito = cognito;
        this.userPools = List.copyOf(userPools);
    }

    public Collection read() {
        List<SystemAccounts> systems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Directory directory : iam) {
            read(systems, missing, directory.name() + "iam", directory.directory()::iamUsers);
        }
        for (String pool : userPools) {
            read(systems, missing, "cognito:" + pool, () -> cognito.cognitoUsers(pool));
        }
        if (systems.isEmpty() && !missing.isEmpty()) {
            throw new IllegalStateException("no account source could be read: " + missing);
        }
        return new Collection(systems, missing);
    }

    private static void read(List<SystemAccounts> systems, List<String> missing, String name,
            Supplier<SystemAccounts> source) {
        try {
            systems.add(source.get());
        } catch (SourceUnavailableException e) {
            missing.add(name + ": " + e.getMessage());
        }
    }
}
