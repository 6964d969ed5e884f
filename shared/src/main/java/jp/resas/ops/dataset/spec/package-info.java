/**
 * The processing spec (データ加工仕様): one declarative JSON file per dataset saying how its source is
 * encoded, which columns it has and what they mean, how suppressed symbols map, how wide tables become
 * long observations, and which validation rules apply. Shipped under {@code datasets/} on the classpath.
 */
package jp.resas.ops.dataset.spec;
