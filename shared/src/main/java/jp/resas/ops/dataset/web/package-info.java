/** The ops API of the dataset catalog (更新対象一覧), its versions and rollback. */
package jp.resas.ops.dataset.web;
