package org.rectransfer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.report.chart.HistogramOverlayChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.report.export.FigureSize;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** PNG at a DPI with the DPI recorded, SVG by extension, atomic writes, CSV files. */
class FigureExporterTest {
    private final FigureExporter exporter = new FigureExporter();
    private final JFreeChart chart = new GainHeatmapChart(ChartTheme.print()).create(SampleInputs.gains());

    @TempDir
    Path dir;

    @Test
    void pngAt300DpiHasThePrintPixelSizeAndRecordsItsDpi() throws Exception {
        Path file = dir.resolve("gains.png");
        ExportedFigure written = exporter.write(chart, file, FigureSize.DEFAULT, 300);
        assertThat(written).isEqualTo(new ExportedFigure(file, 1920, 1440));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1440);
        assertThat(dotsPerInch(file)).isCloseTo(300, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void defaultsAre6Point4By4Point8InchesAt300Dpi() throws IOException {
        ExportedFigure written = exporter.write(chart, dir.resolve("default.png"));
        assertThat(written.widthPx()).isEqualTo(1920);
        assertThat(written.heightPx()).isEqualTo(1440);
    }

    @Test
    void fontsKeepTheirPrintedSizeAcrossDpi() {
        // Same layout at any DPI: the 300 dpi image shrunk to 100 dpi looks like the 100 dpi one,
        // so the share of non-white pixels (ink) is about the same.
        double ink100 = inkShare(exporter.render(chart, FigureSize.DEFAULT, 100));
        double ink300 = inkShare(exporter.render(chart, FigureSize.DEFAULT, 300));
        assertThat(ink300).isCloseTo(ink100, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void svgByExtensionWithSizeInPointsAndAViewBox() throws Exception {
        Path file = dir.resolve("histogram.svg");
        Drawable figure = new HistogramOverlayChart(ChartTheme.print()).create(SampleInputs.histogram());
        ExportedFigure written = exporter.write(figure, file, FigureSize.DEFAULT, 300);
        assertThat(written.widthPx()).isEqualTo(461);
        assertThat(written.heightPx()).isEqualTo(346);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("460.8pt");
        assertThat(root.getAttribute("height")).isEqualTo("345.6pt");
        assertThat(java.util.Arrays.stream(root.getAttribute("viewBox").split("[ ,]+")).mapToDouble(Double::parseDouble)
                .toArray()).containsExactly(0, 0, 460.8, 345.6);
        assertThat(Files.readString(file)).contains("Book (source)", "KLD(Book");
        ImageChecks.keep(file);
    }

    @Test
    void otherExtensionsAreRejectedBeforeAnythingIsWritten() {
        Path file = dir.resolve("gains.jpg");
        assertThatThrownBy(() -> exporter.write(chart, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gains.jpg").hasMessageContaining(".png or .svg");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("figure.svg");
        Files.writeString(file, "old");
        Drawable failing = (g, area) -> { throw new IllegalStateException("drawing failed"); };
        assertThatThrownBy(() -> exporter.write(failing, file)).hasMessageContaining("drawing failed");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(dir)).containsExactly("figure.svg");
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("sub").resolve("gains.png");
        exporter.write(chart, file, FigureSize.DEFAULT, 50);
        exporter.write(chart, file, FigureSize.DEFAULT, 60);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(384);
        assertThat(filesIn(file.getParent())).containsExactly("gains.png");
    }

    @Test
    void csvIsWrittenWithHeaderAndOneRowPerCell() throws IOException {
        Path file = dir.resolve("gains.csv");
        exporter.writeCsv(SampleInputs.gains(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("source,target,config,gain_percent,significant,baseline_hr");
        assertThat(lines).hasSize(1 + 15 * 7);
        assertThat(lines.get(1)).isEqualTo("Book,Sport,config-1,-11.4,true,0.15");
    }

    @Test
    void figureSizeRejectsNonsense() {
        assertThatThrownBy(() -> new FigureSize(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureSize.DEFAULT.widthPixels(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FigureSize.DEFAULT.widthPixels(100)).isEqualTo(640);
    }

    private static double dotsPerInch(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    Element phys = (Element) n;
                    assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
                    return Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
                }
            }
            throw new AssertionError("no pHYs chunk");
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) ink++;
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
