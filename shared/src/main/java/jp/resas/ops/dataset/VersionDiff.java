package jp.resas.ops.dataset;

/**
 * A version against the version before it that still has its rows ({@code GET /datasets/{id}/versions/{n}/diff}).
 * The first version has no {@code previous}: every observation is {@code added}, and {@code removed} and
 * {@code changed} are null (not zero: there was nothing to compare).
 */
public record VersionDiff(int number, Integer previous, long added, Long removed, Long changed) {

    public static VersionDiff first(int number, long observations) {
        return new VersionDiff(number, null, observations, null, null);
    }
}
