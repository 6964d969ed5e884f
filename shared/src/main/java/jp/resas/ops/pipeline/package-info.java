/**
 * The data pipeline (データ更新): runs that collect a dataset, process and validate it into a staged
 * version, wait for the owner's approval and publish it atomically; rollback; the data-update log
 * (データ更新一覧) and source list (データ出典一覧). Framework-free; PostgreSQL and S3 in
 * {@code infrastructure}, the ops API in {@code web}, Step Functions defined in infra/.
 */
package jp.resas.ops.pipeline;
