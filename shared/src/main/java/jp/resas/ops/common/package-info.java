/** Small framework-free types that every capability uses. */
package jp.resas.ops.common;
