package jp.resas.ops.local.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.platform.security.LocalTokenVerifier;

/**
 * Who acts on the command line: the user of a token issued for this data directory (`resas-ops token`),
 * holding one of the roles the action needs, as the API checks a bearer. Never a name taken on trust.
 */
public final class CliToken {

    private CliToken() {
    }

    /** The token's user, or empty after printing why it was refused ({@code --token: …}). */
    public static Optional<String> user(Path dataDirectory, String token, Set<String> roles, String roleName, PrintWriter err) {
        try {
            LocalTokenVerifier.Bearer bearer = new LocalTokenVerifier(LocalSecurity.secret(dataDirectory),
                    Clock.systemUTC()).verify(token);
            if (bearer.groups().stream().noneMatch(roles::contains)) {
                err.println("--token: user " + bearer.user() + " is not in the " + roleName + " group");
                return Optional.empty();
            }
            return Optional.of(bearer.user());
        } catch (LocalTokenVerifier.InvalidTokenException e) {
            err.println("--token: " + e.getMessage());
            return Optional.empty();
        }
    }
}
