package org.rectransfer.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/** Pixel statistics that tell a drawn figure from a blank or one-colour image. */
public final class ImageChecks {
    /** Where the tests leave one figure of each kind for people to look at. */
    public static final Path FIGURES = Path.of("target", "figures");

    private ImageChecks() { }

    /** @return the variance of the grey level over all pixels, in [0, 255^2] */
    public static double greyVariance(BufferedImage image) {
        double sum = 0, sumSq = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += grey;
                sumSq += grey * grey;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }

    /** @return the number of distinct RGB colours */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) colours.add(image.getRGB(x, y) & 0xFFFFFF);
        }
        return colours.size();
    }

    /** Copies {@code file} into {@link #FIGURES} for inspection. */
    public static void keep(Path file) throws IOException {
        Files.createDirectories(FIGURES);
        Files.copy(file, FIGURES.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
