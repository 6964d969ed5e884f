package jp.resas.ops.report.document;

import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

/**
 * Draws a native chart (Word or Excel) with XDDF. Every series gets an explicit solid fill: without
 * one LibreOffice draws no bars.
 */
final class Charts {

    private static final List<PresetColor> COLORS = List.of(PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
            PresetColor.SEA_GREEN, PresetColor.SLATE_GRAY);

    private Charts() {
    }

    /**
     * @param categoryRef the categories' cell range, or null for literal values
     * @param valueRef    the range of the i-th series' values, or null for literal values
     */
    static void plot(XDDFChart target, ChartData data, String categoryRef, IntFunction<String> valueRef) {
        target.setTitleText(data.chart().title());
        target.setTitleOverlay(false);
        XDDFCategoryAxis categories = target.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = target.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        boolean bar = data.chart().type() == jp.resas.ops.report.ReportTable.Chart.Type.BAR;
        if (bar && data.values().stream().flatMap(java.util.Arrays::stream).allMatch(v -> v == null || v >= 0)) {
            // A bar's length is its value: left to itself the axis starts near the smallest bar (1998.4 for
            // values of about 2,000) and a difference of one looks like one of ten.
            values.setMinimum(0);
        }
        XDDFChartData chart = target.createData(bar ? ChartTypes.BAR : ChartTypes.LINE, categories, values);
        chart.setVaryColors(false);
        XDDFCategoryDataSource x = categoryRef == null ? XDDFDataSourcesFactory.fromArray(data.categories())
                : XDDFDataSourcesFactory.fromArray(data.categories(), categoryRef);
        for (int i = 0; i < data.values().size(); i++) {
            XDDFNumericalDataSource<Double> y = valueRef.apply(i) == null
                    ? XDDFDataSourcesFactory.fromArray(data.values().get(i))
                    : XDDFDataSourcesFactory.fromArray(data.values().get(i), valueRef.apply(i), i + 1);
            XDDFChartData.Series series = chart.addSeries(x, y);
            series.setTitle(data.seriesNames().get(i), null);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLORS.get(i % COLORS.size())));
            series.setFillProperties(fill);
            XDDFLineProperties line = new XDDFLineProperties(fill);
            series.setLineProperties(line);
            if (series instanceof XDDFLineChartData.Series lineSeries) {
                lineSeries.setMarkerStyle(MarkerStyle.NONE);
                lineSeries.setSmooth(false);
            }
        }
        if (chart instanceof XDDFBarChartData barChart) {
            barChart.setBarDirection(BarDirection.COL);
        }
        target.plot(chart);
        if (data.values().size() > 1) {
            target.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
    }
}
