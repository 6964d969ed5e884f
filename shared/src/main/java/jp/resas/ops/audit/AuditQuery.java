package jp.resas.ops.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit lines an administrator asks for, newest first: by who ({@code actor}), what ({@code action};
 * a trailing {@code *} matches a prefix such as {@code work_request.*}), which entity ({@code targetType},
 * {@code targetId}) and period ({@code from} inclusive, {@code until} exclusive); {@code beforeId} continues a page.
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> targetType,
        Optional<String> targetId, Optional<Instant> from, Optional<Instant> until, int limit, Optional<Long> beforeId) {

    public static final int MAX_LIMIT = 1000;
}
