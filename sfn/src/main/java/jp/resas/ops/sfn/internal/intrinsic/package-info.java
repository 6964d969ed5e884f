/** The {@code States.*} intrinsic functions: a parser for their call syntax and their semantics. */
package jp.resas.ops.sfn.internal.intrinsic;
