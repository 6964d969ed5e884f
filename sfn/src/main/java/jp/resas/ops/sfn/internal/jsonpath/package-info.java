/**
 * The JSONPath dialect of Amazon States Language ({@code $.a.b[0]}, wildcards, slices, unions,
 * recursive descent and simple filters), evaluated over Jackson trees without copying them.
 */
package jp.resas.ops.sfn.internal.jsonpath;
