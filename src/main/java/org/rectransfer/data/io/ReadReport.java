package org.rectransfer.data.io;

/**
 * What reading one file did.
 *
 * @param format         the format used (detected or given)
 * @param lines          data lines read (header and blank lines excluded)
 * @param badLines       malformed lines skipped (only with skipBadLines)
 * @param firstBadLine   the message of the first skipped line, or null
 * @param belowMinRating lines dropped by the minimum rating
 * @param duplicates     repeated (user, item) pairs merged into one interaction
 */
public record ReadReport(DataFormat format, long lines, long badLines, String firstBadLine,
                         long belowMinRating, long duplicates) { }
