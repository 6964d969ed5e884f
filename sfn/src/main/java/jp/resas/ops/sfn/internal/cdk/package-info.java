/**
 * Resolves the CloudFormation intrinsics ({@code Fn::Join}, {@code Fn::Sub}, {@code Ref}, {@code Fn::GetAtt})
 * of a synthesised template for {@link jp.resas.ops.sfn.CdkTemplates}.
 */
package jp.resas.ops.sfn.internal.cdk;
