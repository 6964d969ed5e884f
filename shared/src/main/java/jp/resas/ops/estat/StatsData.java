package jp.resas.ops.estat;

import java.util.Map;
import java.util.function.Consumer;

/** e-Stat's statistical tables, read page by page (the HTTP adapter is {@code estat.infrastructure.EstatClient}). */
public interface StatsData {

    /**
     * Hands every page of the getStatsData table {@code statsDataId} to {@code pages} as it arrives.
     *
     * @return the values received, equal to the table's TOTAL_NUMBER
     * @throws EstatException when e-Stat refuses, answers no data, times out or the count disagrees
     */
    long fetchStatsData(String statsDataId, Map<String, String> filters, Consumer<EstatPage> pages);
}
