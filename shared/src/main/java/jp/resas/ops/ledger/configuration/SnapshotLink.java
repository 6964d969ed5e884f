package jp.resas.ops.ledger.configuration;

/** The snapshots before and after a change request (変更要求); either may be named first and the other later. */
public record SnapshotLink(long changeRequestId, Long beforeId, Long afterId, long version) {
}
