package org.rectransfer.data.io;

/**
 * Parses ids and numbers out of a range of a line without cutting a substring first, since a
 * large file has millions of lines. Times must be integers (a decimal with only zeros after the
 * point, {@code 978300760.0}, is accepted); ISO dates and true decimals are bad lines.
 */
final class Fields {
    private static final int MAX_SHOWN = 40;
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    private Fields() { }

    /** @return the id in {@code line[from, to)}; throws when it is empty */
    static String id(String line, int from, int to, String what) throws BadLineException {
        if (from >= to) throw new BadLineException("empty " + what + " id");
        return line.substring(from, to);
    }

    /** @return the integer in {@code line[from, to)} */
    static long integer(String line, int from, int to, String what) throws BadLineException {
        int k = from;
        boolean negative = k < to && line.charAt(k) == '-';
        if (negative || k < to && line.charAt(k) == '+') k++;
        int digitsFrom = k;
        long value = 0;
        for (; k < to; k++) {
            int digit = line.charAt(k) - '0';
            if (digit < 0 || digit > 9) break;
            // No division per digit: above MAX/10 the product overflows; at or below it only
            // the added digit can, and then the sum wraps negative.
            if (value > Long.MAX_VALUE / 10) throw outOfRange(line, from, to, what);
            value = value * 10 + digit;
            if (value < 0) throw outOfRange(line, from, to, what);
        }
        boolean digits = k > digitsFrom;
        if (digits && k < to && line.charAt(k) == '.') {
            // An integer written as a float ("978300760.0") by some exporters.
            do k++; while (k < to && line.charAt(k) == '0');
        }
        if (!digits || k != to) throw new BadLineException(what + " " + shown(line, from, to) + " is not an integer");
        return negative ? -value : value;
    }

    /** @return the finite decimal number in {@code line[from, to)} */
    static double number(String line, int from, int to, String what) throws BadLineException {
        double simple = simpleDecimal(line, from, to);
        if (!Double.isNaN(simple)) return simple;
        if (isNumberLike(line, from, to)) {
            try {
                double value = Double.parseDouble(line.substring(from, to));
                if (Double.isFinite(value)) return value;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new BadLineException(what + " " + shown(line, from, to) + " is not a number");
    }

    /** @return whether {@code text} is a finite number */
    static boolean isNumber(String text) {
        try {
            number(text, 0, text.length(), "");
            return true;
        } catch (BadLineException e) {
            return false;
        }
    }

    /**
     * Parses {@code [-]digits[.digits]} of up to 15 digits exactly as Double.parseDouble would
     * (one correctly rounded division of two exact doubles); NaN for anything else.
     */
    private static double simpleDecimal(String line, int from, int to) {
        int k = from;
        boolean negative = k < to && line.charAt(k) == '-';
        if (negative) k++;
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; k < to; k++) {
            char c = line.charAt(k);
            if (c == '.' && decimals < 0) {
                decimals = 0;
                continue;
            }
            if (c < '0' || c > '9' || ++digits > 15) return Double.NaN;
            mantissa = mantissa * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        if (digits == 0) return Double.NaN;
        double value = mantissa / POWERS_OF_TEN[Math.max(decimals, 0)];
        return negative ? -value : value;
    }

    /** Keeps Java-only spellings that parseDouble accepts ("5d", "0x1p3", "NaN") out. */
    private static boolean isNumberLike(String line, int from, int to) {
        if (from >= to) return false;
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
        }
        return true;
    }

    private static BadLineException outOfRange(String line, int from, int to, String what) {
        return new BadLineException(what + " " + shown(line, from, to) + " is out of range");
    }

    /** @return the value quoted for an error message, shortened so the message stays one short line */
    static String shown(String line, int from, int to) {
        String value = to - from > MAX_SHOWN ? line.substring(from, from + MAX_SHOWN) + "..." : line.substring(from, to);
        return "'" + value + "'";
    }
}
