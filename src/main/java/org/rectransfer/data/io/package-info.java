/**
 * Streaming readers of domain files: Amazon review JSON lines, the Amazon ratings CSV,
 * delimited user/item[/rating][/time] files, JSON maps of users to item lists, adjacency lists
 * and RecBole {@code .inter} files, plain or gzip. {@link org.rectransfer.data.io.DomainLoader}
 * is the entry point; every input fault surfaces as a one-line
 * {@link org.rectransfer.data.BadInputException} naming the file and line.
 */
package org.rectransfer.data.io;
