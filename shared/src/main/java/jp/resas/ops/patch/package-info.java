/**
 * パッチ適用記録: what was applied where and when, by whom, and the vulnerability findings it closes; the
 * findings become FIXED through their own lifecycle when someone other than who applied or recorded the
 * patch verifies it.
 */
package jp.resas.ops.patch;
