package org.rectransfer.analysis;

/**
 * The fitted line and its confidence band for the mean response at one {@code x}.
 *
 * @param x     where
 * @param fit   the fitted mean response {@code intercept + slope * x}
 * @param lower lower end of the confidence band
 * @param upper upper end of the confidence band
 */
public record BandPoint(double x, double fit, double lower, double upper) {
}
