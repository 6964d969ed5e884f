package jp.resas.ops.ledger.configuration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;

/**
 * Stores a reading as a snapshot when it differs from the latest one of its source, with the diff against
 * it; an unchanged configuration stores nothing and answers the latest snapshot. A scope that could not be
 * read keeps the previous snapshot's resources there (named as missing), so a refusal is never a removal.
 */
public final class SnapshottingConfiguration {

    /** The snapshot that now describes the configuration, whether it is new, and what changed. */
    public record Outcome(long snapshotId, boolean unchanged, ConfigurationDiff diff, List<MissingScope> missing) {
    }

    private final ConfigurationSnapshots snapshots;
    private final AuditLog audit;
    private final Clock clock;

    public SnapshottingConfiguration(ConfigurationSnapshots snapshots, AuditLog audit, Clock clock) {
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome take(ConfigurationSource source, ConfigurationReading reading, Actor actor) {
        Optional<Snapshot> previous = snapshots.lockLatest(source);
        Set<String> missingScopes = reading.missing().stream().map(MissingScope::scope)
                .collect(Collectors.toCollection(TreeSet::new));
        List<ConfiguredResource> resources = new ArrayList<>(reading.resources());
        previous.ifPresent(p -> p.resources().stream().filter(r -> missingScopes.contains(r.scope()))
                .forEach(resources::add));
        resources.sort(Comparator.comparing(ConfiguredResource::key));
        String digest = digest(resources, missingScopes);
        if (previous.isPresent() && previous.get().digest().equals(digest)) {
            return new Outcome(previous.get().id(), true, ConfigurationDiff.NONE, reading.missing());
        }
        ConfigurationDiff diff = ConfigurationDiff.between(previous.map(Snapshot::resources).orElse(List.of()), resources);
        Long previousId = previous.map(Snapshot::id).orElse(null);
        long id = snapshots.insert(source, clock.instant(), actor.name(), digest, resources, reading.missing(),
                previousId, diff);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source.name());
        details.put("previous", previousId == null ? "" : String.valueOf(previousId));
        details.put("resources", resources.size());
        details.put("added", diff.added().size());
        details.put("removed", diff.removed().size());
        details.put("changed", diff.changed().size());
        details.put("missing", List.copyOf(missingScopes));
        audit.append(new AuditEntry(actor.name(), "configuration.snapshot", "configuration_snapshot", String.valueOf(id),
                details, actor.source()));
        return new Outcome(id, false, diff, reading.missing());
    }

    /** SHA-256 over the resources in key order and the scopes that could not be read. */
    static String digest(List<ConfiguredResource> resources, Set<String> missingScopes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ConfiguredResource r : resources) {
                field(sha, r.key());
                field(sha, r.type());
                field(sha, r.physicalId());
                r.properties().forEach((k, v) -> {
                    field(sha, "p:" + k);
                    field(sha, v);
                });
                r.tags().forEach((k, v) -> {
                    field(sha, "t:" + k);
                    field(sha, v);
                });
                field(sha, "\u001e");
            }
            for (String scope : missingScopes) {
                field(sha, "missing:" + scope);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void field(MessageDigest sha, String value) {
        sha.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
    }
}
