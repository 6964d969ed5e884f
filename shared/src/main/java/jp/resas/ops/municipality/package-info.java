/**
 * Municipality codes (全国地方公共団体コード): the check digit, and which codes existed on a given date
 * (廃置分合: a code merged away in 2005 is valid for 2000 data, a code that never existed is not).
 * Built from the shipped current list (CC0) and Kondo's 1980–2020 merger history. Framework-free.
 */
package jp.resas.ops.municipality;
