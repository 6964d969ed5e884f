/**
 * The e-Stat API client (政府統計の総合窓口): getStatsData JSON, page by page with
 * {@code startPosition}/{@code NEXT_KEY}, {@code RESULT.STATUS} checked, {@code TOTAL_NUMBER}
 * reconciled with the values received. The {@code appId} is a secret: it never appears in a log or an
 * exception message. The model and the {@link jp.resas.ops.estat.StatsData} port; the HTTP adapter is in
 * {@code infrastructure} (JDK HTTP client only, so it runs anywhere).
 */
package jp.resas.ops.estat;
