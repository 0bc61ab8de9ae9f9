/**
 * Writing figures and their numbers: PNG at a chosen DPI (recorded in the file), SVG, and CSV.
 * Every file is written to a temporary sibling and then renamed over the target, so a crash or
 * a full disk never leaves a half-written figure where a paper's build expects a whole one.
 */
package org.rectransfer.report.export;
