package org.rectransfer.data.io;

/**
 * What reading one file did.
 *
 * @param format         the format used (detected or given)
 * @param lines          data lines read (header and blank lines excluded); for a JSON map, the
 *                       users' entries
 * @param badLines       malformed lines (or entries) skipped (only with skipBadLines)
 * @param firstBadLine   the message of the first skipped line, or null
 * @param belowMinRating lines dropped by the minimum rating
 * @param duplicates     repeated (user, item) pairs merged into one interaction
 * @param warning        a note for the user on a read that looks wrong (one line, without the
 *                       file name), or null
 */
public record ReadReport(DataFormat format, long lines, long badLines, String firstBadLine,
                         long belowMinRating, long duplicates, String warning) { }
