/** Security operations in AWS: the vulnerability and backup collectors with their daily schedules. */
package jp.resas.ops.infra.security;
