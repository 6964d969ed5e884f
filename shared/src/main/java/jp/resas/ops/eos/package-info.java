/**
 * サポート終了 (EOS) カレンダーとバージョンアップ: what RESAS and RESAS Ops run on, each with the last day it is
 * supported, its source and who reviewed it; a ticket (課題) once per item at 180, 90 and 30 days before; an
 * upgrade as a change request (変更要求) with its test record.
 */
package jp.resas.ops.eos;
