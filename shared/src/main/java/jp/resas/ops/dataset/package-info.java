/**
 * The dataset catalog (更新対象一覧): what RESAS shows, who publishes it, where it comes from, when the
 * next release is due, and the processing spec each dataset is processed by (shipped in the repository
 * under {@code datasets/}, so a spec change is reviewed like code); its versions and which one is
 * published ({@code PublishedVersions}), and rolling back ({@code RollingBack}). Framework-free.
 */
package jp.resas.ops.dataset;
