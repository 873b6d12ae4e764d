package org.wangge.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the chart of docs/performance.md — full-check time and peak heap against scale — from the measured TSV
 * ({@code bench/results.tsv}: scale, grids, series, seconds, peak_heap_mb; '#' lines are comments) with JFreeChart.
 * Both axes are logarithmic: S, M and L are 10× apart. Arguments: {@code TSV PNG}.
 */
final class Chart {

    private Chart() {
    }

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0x7f7f7f), new Color(0x17becf)};

    private static final java.awt.Shape[] SHAPES = org.jfree.chart.plot.DefaultDrawingSupplier.createStandardSeriesShapes();

    /** One measured point. */
    record Point(String scale, double grids, String series, double seconds, double heapMb) {
    }

    static void main(String[] args) throws IOException {
        Path tsv = Path.of(args[0]);
        Path png = Path.of(args[1]);
        List<Point> points = read(tsv);
        Map<String, XYSeries> time = new LinkedHashMap<>();
        Map<String, XYSeries> heap = new LinkedHashMap<>();
        for (Point p : points) {
            if (p.series().contains(" snapshot ")) {
                continue; // snapshot file reads and writes (issue 12) are not full checks: not in this chart
            }
            time.computeIfAbsent(p.series(), XYSeries::new).add(p.grids(), p.seconds());
            heap.computeIfAbsent(p.series(), XYSeries::new).add(p.grids(), p.heapMb());
        }
        LogarithmicAxis grids = new LogarithmicAxis("grids (log scale: S = 507, M = 5,075, L = 50,750)");
        grids.setRange(300, 70_000);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(grids);
        plot.setGap(12);
        XYPlot timePlot = panel(time, "full check, wall seconds (median)");
        plot.add(timePlot, 1);
        plot.add(panel(heap, "peak heap, MB (median)"), 1);
        plot.setFixedLegendItems(timePlot.getLegendItems()); // the same series, the same colours, in both panels
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
        chart.addSubtitle(new TextTitle("Full-city check: rules (Drools) and the plain-Java baseline against scale — bench/results.tsv",
                new Font(Font.SANS_SERIF, Font.BOLD, 13)));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 720);
        System.out.printf("RESULT chart %s: %d points, %d series from %s%n", png, points.size(), time.size(), tsv);
    }

    private static XYPlot panel(Map<String, XYSeries> series, String label) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        LogarithmicAxis y = new LogarithmicAxis(label);
        y.setAutoRangeNextLogFlag(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesShape(i, SHAPES[i % SHAPES.length]);
        }
        XYPlot plot = new XYPlot(data, null, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    static List<Point> read(Path tsv) throws IOException {
        List<Point> out = new java.util.ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(tsv + ":" + line + ": expected 5 tab-separated fields (scale, grids, series,"
                        + " seconds, peak_heap_mb), found " + f.length + ": " + l);
            }
            try {
                out.add(new Point(f[0], Double.parseDouble(f[1]), f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(tsv + ":" + line + ": grids, seconds and peak_heap_mb must be numbers: " + l, e);
            }
        }
        return out;
    }
}
