package jp.resas.ops.local.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.resas.ops.local.runtime.DataDirectory;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.platform.security.LoginLinks;
import jp.resas.ops.platform.web.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "login-url", mixinStandardHelpOptions = true,
        description = "Print a one-time portal login URL (valid 5 minutes, single use) for the local running on this data directory.")
final class LoginUrlCommand implements Callable<Integer> {

    /** Where {@code resas-ops local} writes the address it serves while it runs. */
    static final String ADDRESS_FILE = "portal-url";
    private static final Set<String> GROUPS = Set.of(Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN);

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "User name shown in the portal.")
    String user;

    @Option(names = "--groups", required = true, split = ",", paramLabel = "GROUP",
            description = "Comma-separated groups: viewer, operator, approver, admin.")
    List<String> groups;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: .resas-ops/ here).")
    Path dataDir;

    @Override
    public Integer call() {
        List<String> unknown = groups.stream().filter(group -> !GROUPS.contains(group)).toList();
        if (user.isBlank() || !unknown.isEmpty()) {
            spec.commandLine().getErr().println(user.isBlank() ? "--user must not be blank"
                    : "Unknown group(s) " + unknown + "; use viewer, operator, approver, admin");
            return 2;
        }
        Path dir = DataDirectory.resolve(dataDir);
        Path address = dir.resolve(ADDRESS_FILE);
        String base;
        try {
            base = Files.readString(address).strip();
        } catch (IOException e) {
            spec.commandLine().getErr().println("No `resas-ops local` is running on " + dir + " (" + address
                    + " is missing); start it first: resas-ops local --data-dir " + dir);
            return 2;
        }
        String token = new LoginLinks(LocalSecurity.secret(dir), Clock.systemUTC()).issue(user, groups);
        spec.commandLine().getOut().println(base + "/portal/login?token=" + token);
        return 0;
    }
}
