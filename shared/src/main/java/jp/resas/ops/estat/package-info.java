/**
 * The e-Stat API client (政府統計の総合窓口): getStatsData JSON, page by page with
 * {@code startPosition}/{@code NEXT_KEY}, {@code RESULT.STATUS} checked, {@code TOTAL_NUMBER}
 * reconciled with the values received. The {@code appId} is a secret: it never appears in a log or an
 * exception message. JDK HTTP client only, so it runs anywhere.
 */
package jp.resas.ops.estat;
