/**
 * The deliverables (納入成果物): the monthly and weekly reports, the 障害報告書 and the lists (課題管理表,
 * データ更新一覧, データ出典一覧), assembled from the same use cases the API answers with, written as Word,
 * Excel, CSV source data and PDF, and kept as versioned records the owner accepts.
 */
package jp.resas.ops.report;
