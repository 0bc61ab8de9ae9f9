package org.rectransfer.data;

/** Builds small datasets from literal rows for tests: {"u1", "i1", order}. */
public final class TinyData {
    private TinyData() { }

    /** @param rows triples of user, item, order key */
    public static Dataset of(String name, Object[]... rows) {
        DatasetBuilder builder = new DatasetBuilder(name);
        for (Object[] row : rows) builder.add((String) row[0], (String) row[1], ((Number) row[2]).longValue());
        return builder.build();
    }

    /** @return a row literal */
    public static Object[] row(String user, String item, long order) {
        return new Object[] {user, item, order};
    }

    /** A dataset where user "u{k}" interacted with items "i0".."i{degree-1}" for each given degree. */
    public static Dataset withDegrees(String name, int... degrees) {
        DatasetBuilder builder = new DatasetBuilder(name);
        for (int u = 0; u < degrees.length; u++) {
            for (int i = 0; i < degrees[u]; i++) builder.add("u" + u, "i" + i, i);
        }
        return builder.build();
    }
}
