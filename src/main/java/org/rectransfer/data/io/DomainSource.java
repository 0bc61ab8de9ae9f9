package org.rectransfer.data.io;

import java.nio.file.Path;

/**
 * A data argument of the command line: a file and the domain name it stands for.
 *
 * @param name the domain name
 * @param path the file
 */
public record DomainSource(String name, Path path) {

    /**
     * Parses {@code PATH} or {@code NAME=PATH}. Without a name, the domain is named by the file
     * name up to its first {@code .} or {@code -}: {@code Office-2014.tsv.gz} is {@code Office}.
     */
    public static DomainSource parse(String argument) {
        int equals = argument.indexOf('=');
        if (equals > 0) {
            return new DomainSource(argument.substring(0, equals), Path.of(argument.substring(equals + 1)));
        }
        Path path = Path.of(argument);
        return new DomainSource(nameOf(path), path);
    }

    /** @return the domain name a file stands for: its name up to the first '.' or '-' */
    public static String nameOf(Path path) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        int end = file.length();
        for (int k = 0; k < file.length(); k++) {
            char c = file.charAt(k);
            if ((c == '.' || c == '-') && k > 0) {
                end = k;
                break;
            }
        }
        return file.substring(0, end);
    }
}
