package jp.resas.ops.local.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.platform.web.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a JWT that the local API on this data directory accepts.")
final class TokenCommand implements Callable<Integer> {

    private static final Set<String> GROUPS = Set.of(Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN);

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "User name (the token's username).")
    String user;

    @Option(names = "--groups", required = true, split = ",", paramLabel = "GROUP",
            description = "Comma-separated groups: viewer, operator, approver, admin.")
    List<String> groups;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: .resas-ops/ here).")
    java.nio.file.Path dataDir;

    @Option(names = "--valid-for", defaultValue = "PT12H", paramLabel = "DURATION",
            description = "ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration validity;

    @Override
    public Integer call() {
        if (validity.isNegative() || validity.isZero()) {
            spec.commandLine().getErr().println("--valid-for must be a positive duration, not " + validity);
            return 2;
        }
        List<String> unknown = groups.stream().filter(group -> !GROUPS.contains(group)).toList();
        if (unknown.isEmpty() && !user.isBlank()) {
            String secret = LocalSecurity.secret(jp.resas.ops.local.runtime.DataDirectory.resolve(dataDir));
            spec.commandLine().getOut().println(
                    LocalSecurity.issuer(secret, Clock.systemUTC()).issue(user, groups, validity));
            return 0;
        }
        spec.commandLine().getErr().println(user.isBlank() ? "--user must not be blank"
                : "Unknown group(s) " + unknown + "; use viewer, operator, approver, admin");
        return 2;
    }
}
