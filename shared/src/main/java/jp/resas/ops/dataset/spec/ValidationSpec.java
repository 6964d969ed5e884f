package jp.resas.ops.dataset.spec;

/** Optional dataset-level rules; absent ones are not checked. */
public record ValidationSpec(TotalsRule totals, DriftRule drift) {
}
