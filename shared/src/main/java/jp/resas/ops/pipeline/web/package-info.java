/** The ops API of the pipeline: runs, approvals, versions, rollback, update rounds, the update log and source list. */
package jp.resas.ops.pipeline.web;
