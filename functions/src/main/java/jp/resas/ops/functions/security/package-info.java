/** Security operations' scheduled functions: {@code vulnerability-collector} (and the backup collector). */
package jp.resas.ops.functions.security;
