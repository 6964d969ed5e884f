/**
 * 構成管理台帳: snapshots of the deployed configuration (CloudFormation stacks and, where enabled, AWS
 * Config; locally the synthesised templates), each stored only when it differs from the previous one,
 * with the diff (added, removed, changed properties) as its record; change requests name the snapshots
 * before and after them.
 */
package jp.resas.ops.ledger.configuration;
