package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * The typed header of a RecBole atomic {@code .inter} file, e.g.
 * {@code user_id:token item_id:token rating:float timestamp:float} with tabs between the
 * {@code name:type} fields, the type one of {@code token}, {@code token_seq}, {@code float},
 * {@code float_seq}. The user and item are the fields named {@code user_id} and {@code item_id}
 * (RecBole's default field names), of type token; {@code rating} and {@code timestamp} are used
 * when present; other fields are read past. The rows are then read as a tab-separated
 * {@link DelimitedLayout}: a timestamp must be a whole number ({@code 978300760.0} is), as every
 * order key of this package.
 */
final class RecBoleHeader {
    static final String USER = "user_id";
    static final String ITEM = "item_id";
    static final String RATING = "rating";
    static final String TIME = "timestamp";
    private static final Set<String> TYPES = Set.of("token", "token_seq", "float", "float_seq");

    private RecBoleHeader() { }

    /** @return whether {@code line} is a RecBole header: every tab-separated field {@code name:type} */
    static boolean isTyped(String line) {
        for (String field : line.split("\t", -1)) {
            if (type(field.strip()) == null) return false;
        }
        return true;
    }

    /** @return the layout of the rows under {@code header}; throws naming the header line when it is not usable */
    static DelimitedLayout layout(Path file, NumberedLine header) {
        String[] fields = header.text().split("\t", -1);
        String[] names = new String[fields.length];
        String[] types = new String[fields.length];
        for (int k = 0; k < fields.length; k++) {
            String field = fields[k].strip();
            types[k] = type(field);
            if (types[k] == null) {
                throw new BadInputException(file, header.number(), "RecBole header field " + Fields.shown(field, 0, field.length())
                        + " is not name:type (type token, token_seq, float or float_seq)");
            }
            names[k] = field.substring(0, field.indexOf(':'));
        }
        int user = required(file, header, names, types, USER);
        int item = required(file, header, names, types, ITEM);
        int rating = optional(file, header, names, types, RATING);
        int time = optional(file, header, names, types, TIME);
        return new DelimitedLayout(Separator.TAB, fields.length, user, item, rating, time, true);
    }

    /** @return the type of a {@code name:type} field, or null when it is not one */
    private static String type(String field) {
        int colon = field.indexOf(':');
        if (colon <= 0) return null;
        String type = field.substring(colon + 1);
        return TYPES.contains(type) ? type : null;
    }

    private static int required(Path file, NumberedLine header, String[] names, String[] types, String name) {
        int index = Arrays.asList(names).indexOf(name);
        if (index < 0) {
            throw new BadInputException(file, header.number(), "RecBole header has no " + name
                    + " field (expected " + USER + ":token and " + ITEM + ":token)");
        }
        if (!types[index].equals("token")) {
            throw new BadInputException(file, header.number(), name + " is " + types[index] + ", expected token");
        }
        return index;
    }

    /** A sequence cannot be one rating or one time; a token or float holding a number can. */
    private static int optional(Path file, NumberedLine header, String[] names, String[] types, String name) {
        int index = Arrays.asList(names).indexOf(name);
        if (index >= 0 && types[index].endsWith("_seq")) {
            throw new BadInputException(file, header.number(), name + " is " + types[index] + ", expected float");
        }
        return index;
    }
}
