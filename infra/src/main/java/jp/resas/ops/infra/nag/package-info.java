/**
 * cdk-nag support: the AwsSolutions checks run over the whole app (see {@code ResasOpsApp}); this
 * package holds the one way we record an accepted finding, with its reason, at the narrowest scope.
 */
package jp.resas.ops.infra.nag;
