/**
 * Tokens for the single-machine runtime: in AWS, Cognito signs the JWTs; on one machine, a secret kept
 * in the data directory does, so the same controllers check the same claims.
 */
package jp.resas.ops.platform.security;
