/**
 * The functions' deployment assets: one jar per asset of the catalogue, cut from the shaded jar at
 * {@code package} ({@link jp.resas.ops.functions.assets.FunctionAssets}).
 */
package jp.resas.ops.functions.assets;
