package io.github.cpaudit.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;

/**
 * Draws a {@link ChartSpec} with JFreeChart into a PNG for print: 16 cm wide (the text width of an
 * A4 page with 2.5 cm margins) at 216 dpi, RGB on white without alpha (Prawn passes such a PNG
 * through; one with alpha is decoded in Ruby, spec/pdf-speed.md), every text in the report's font
 * at 五号 (10.5 pt) as the tables. The chart carries no title: the document's caption is its title.
 * The same spec and font give the same bytes.
 */
public final class ChartPainter {

    /** 16 cm in points: the chart is laid out in print units and scaled to pixels. */
    static final double WIDTH_PT = 16 / 2.54 * 72;
    /** Pixels per point: 216 dpi, crisp at print size yet small for Prawn. */
    static final double SCALE = 3;
    private static final double CM = 72 / 2.54;
    private static final float TEXT_PT = 10.5f;
    private static final float LABEL_PT = 9f;
    /** Print-friendly colours, told apart in grey too (dark, light, mid …). */
    private static final List<Color> PALETTE = List.of(new Color(0x2F5597), new Color(0xF4B183), new Color(0x70AD47),
            new Color(0xFFC000), new Color(0x5B9BD5), new Color(0xC55A11), new Color(0xA5A5A5), new Color(0x264478),
            new Color(0xBDD7EE), new Color(0x7F6000));
    private static final Color GRID = new Color(0xD9D9D9);
    /** The colour of an open item (audit.css, the PDF theme's audit-open role). */
    private static final Color OPEN_ITEM = new Color(0x7A2E00);

    private final Font font;

    /** @param font the report's body font, at any size: every text is derived from it */
    public ChartPainter(Font font) {
        this.font = font;
    }

    /**
     * The texts of the chart the font has no glyph for, each as “字” in “text”, so that a rare
     * character in a company name is reported instead of printing as an empty box.
     */
    public List<String> missingGlyphs(ChartSpec spec) {
        Set<String> missing = new LinkedHashSet<>();
        for (String text : spec.texts()) {
            int at = font.canDisplayUpTo(text);
            while (at >= 0 && at < text.length()) {
                int codePoint = text.codePointAt(at);
                missing.add("“" + new String(Character.toChars(codePoint)) + "”（在“" + text + "”中）");
                int next = at + Character.charCount(codePoint);
                int rest = font.canDisplayUpTo(text.substring(next));
                at = rest < 0 ? -1 : next + rest;
            }
        }
        return List.copyOf(missing);
    }

    /** The chart as PNG bytes. */
    public byte[] png(ChartSpec spec) {
        double heightPt = height(spec);
        BufferedImage image = new BufferedImage((int) Math.round(WIDTH_PT * SCALE), (int) Math.round(heightPt * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            chart(spec).draw(g, new Rectangle2D.Double(0, 0, WIDTH_PT, heightPt));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            // ImageIO writes no time chunk: the same chart gives the same bytes
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The JFreeChart of a spec, in the report's theme: its datasets are the spec's values. */
    JFreeChart chart(ChartSpec spec) {
        JFreeChart chart = switch (spec.type()) {
            case PIE -> pie(spec);
            case PARETO -> pareto(spec);
            default -> bars(spec);
        };
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        // a chart without data still prints, saying what is missing (an open item of the report)
        chart.getPlot().setNoDataMessage("【待补充】缺少数据：" + String.join("、", spec.missing()));
        chart.getPlot().setNoDataMessageFont(font.deriveFont(Font.PLAIN, TEXT_PT));
        chart.getPlot().setNoDataMessagePaint(OPEN_ITEM);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setOutlineVisible(false);
            plot.setRangeGridlinePaint(GRID);
            plot.setRangeGridlineStroke(new BasicStroke(0.5f));
            for (int i = 0; i < plot.getRendererCount(); i++) {
                plot.getRenderer(i).setDefaultItemLabelFont(font.deriveFont(LABEL_PT));
            }
        }
        return chart;
    }

    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("cp-audit");
        theme.setExtraLargeFont(font.deriveFont(Font.PLAIN, 14f));
        theme.setLargeFont(font.deriveFont(Font.PLAIN, TEXT_PT));
        theme.setRegularFont(font.deriveFont(Font.PLAIN, TEXT_PT));
        theme.setSmallFont(font.deriveFont(Font.PLAIN, LABEL_PT));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setItemLabelPaint(Color.BLACK);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(new Paint[0]),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    /** Columns, horizontal bars (one or more series side by side) and 100 % bars. */
    private JFreeChart bars(ChartSpec spec) {
        boolean horizontal = spec.type() != ChartSpec.Type.COLUMNS;
        boolean shares = spec.type() == ChartSpec.Type.SHARES;
        BarRenderer renderer = shares ? new StackedBarRenderer() : new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset(spec, 0, spec.series().size()), categoryAxis(spec),
                valueAxis(spec.valueAxis()), renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plain(renderer);
        if (horizontal) {
            // enterprise names on the left of horizontal bars: one line each
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        }
        if (shares) {
            // a bar tall enough for the share printed inside it
            plot.getDomainAxis().setCategoryMargin(0.15);
        }
        labels(renderer, spec, 0);
        renderer.setMaximumBarWidth(spec.type() == ChartSpec.Type.COLUMNS ? 0.15 : 0.6);
        renderer.setItemMargin(0.02);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (shares) {
            axis.setRange(0, 100);
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            renderer.setComputeItemLabelContrastColor(true);
        } else {
            // room for the value printed beyond the longest bar, on the negative side too
            axis.setUpperMargin(0.15);
            axis.setLowerMargin(0.15);
            renderer.setDefaultPositiveItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            renderer.setDefaultNegativeItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
            if (allWhole(spec)) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        JFreeChart chart = new JFreeChart(null, font, plot, spec.series().size() > 1);
        theme().apply(chart);
        return chart;
    }

    /** Bars sorted descending on the left axis, their cumulative % as a line on the right (0–100). */
    private JFreeChart pareto(ChartSpec spec) {
        BarRenderer bars = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset(spec, 0, 1), categoryAxis(spec), valueAxis(spec.valueAxis()), bars);
        plain(bars);
        labels(bars, spec, 0);
        bars.setMaximumBarWidth(0.1);
        // counts inside the foot of the bars, so that the line's labels above its points never meet them
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER));
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.15);
        NumberAxis percent = valueAxis(spec.secondaryAxis());
        percent.setRange(0, 110);
        percent.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        plot.setRangeAxis(1, percent);
        plot.setDataset(1, dataset(spec, 1, 2));
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        line.setSeriesStroke(0, new BasicStroke(1.5f));
        labels(line, spec, 1);
        line.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(null, font, plot, true);
        theme().apply(chart);
        // light bars under a dark line: the line's labels stay readable where they cross a bar
        bars.setSeriesPaint(0, PALETTE.get(8));
        line.setSeriesPaint(0, PALETTE.get(5));
        return chart;
    }

    /** Slices clockwise from 12 o'clock, labelled outside with name and share. */
    private JFreeChart pie(ChartSpec spec) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        ChartSpec.Series series = spec.series().get(0);
        for (int i = 0; i < spec.categories().size(); i++) {
            dataset.setValue(spec.categories().get(i), series.values().get(i));
        }
        PiePlot<String> plot = new PiePlot<>(dataset);
        plot.setLabelGenerator(new PieSectionLabelGenerator() {
            @Override
            public String generateSectionLabel(PieDataset dataset, Comparable key) {
                return series.labels().get(spec.categories().indexOf(key.toString()));
            }

            @Override
            public java.text.AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
                return null;
            }
        });
        plot.setStartAngle(90);
        plot.setInteriorGap(0.04);
        plot.setMaximumLabelWidth(0.3);
        plot.setOutlineVisible(false);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(null, font, plot, false);
        theme().apply(chart);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setLabelFont(font.deriveFont(Font.PLAIN, TEXT_PT));
        return chart;
    }

    private CategoryAxis categoryAxis(ChartSpec spec) {
        CategoryAxis axis = new CategoryAxis(spec.categoryAxis().isEmpty() ? null : spec.categoryAxis());
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        return axis;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label.isEmpty() ? null : label);
        // Chinese style: no thousands separators (typesetting.md)
        DecimalFormat plain = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        plain.setGroupingUsed(false);
        axis.setNumberFormatOverride(plain);
        return axis;
    }

    private static DefaultCategoryDataset dataset(ChartSpec spec, int fromSeries, int toSeries) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartSpec.Series series : spec.series().subList(fromSeries, toSeries)) {
            for (int i = 0; i < spec.categories().size(); i++) {
                BigDecimal value = series.values().get(i);
                dataset.addValue(value, series.name(), spec.categories().get(i));
            }
        }
        return dataset;
    }

    private static void plain(BarRenderer renderer) {
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
    }

    /** The values printed at the bars and points: the spec's labels, rounded as the tables round. */
    private static void labels(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer,
            ChartSpec spec, int firstSeries) {
        renderer.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return dataset.getRowKey(row).toString();
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return dataset.getColumnKey(column).toString();
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                String label = spec.series().get(firstSeries + row).labels().get(column);
                return label.isEmpty() ? null : label;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
    }

    private static boolean allWhole(ChartSpec spec) {
        return spec.series().stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v.stripTrailingZeros().scale() <= 0);
    }

    /** Print height: a band per category (and per series side by side) for bars, fixed for the others. */
    private static double height(ChartSpec spec) {
        int n = spec.categories().size();
        double cm = switch (spec.type()) {
            case COLUMNS -> 8;
            case PARETO -> 9;
            case PIE -> 9.5;
            case BARS -> 2 + n * (0.25 + 0.35 * spec.series().size()) + (spec.series().size() > 1 ? 1 : 0);
            case SHARES -> 3 + n * 0.75 + Math.ceil(spec.series().size() / 4.0) * 0.5;
        };
        return Math.max(6, Math.min(20, cm)) * CM;
    }
}
