/**
 * RESAS Ops infrastructure as code (AWS CDK): {@link jp.resas.ops.infra.ResasOpsApp} wires one stack
 * per concern (network, data, api, monitoring); each stack's package holds its props and constructs.
 */
package jp.resas.ops.infra;
