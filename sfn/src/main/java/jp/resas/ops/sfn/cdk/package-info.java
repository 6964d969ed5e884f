/**
 * Reads the state machines the CDK app synthesises ({@code cdk.out/*.template.json}): rebuilds each
 * definition from its CloudFormation intrinsics and binds its Lambda references to handler classes.
 */
package jp.resas.ops.sfn.cdk;
