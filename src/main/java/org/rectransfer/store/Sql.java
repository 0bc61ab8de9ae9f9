package org.rectransfer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Small JDBC helpers: binding, NaN as NULL, transactions. */
final class Sql {
    private Sql() { }

    /** Work inside a transaction. */
    interface Work {
        void run() throws SQLException;
    }

    /** @return how many rows the statement changed */
    static int update(Connection connection, String sql, Object... args) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("database write failed: " + e.getMessage(), e);
        }
    }

    static void transaction(Connection connection, Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database transaction failed: " + e.getMessage(), e);
        }
    }

    /** Binds arguments in order; NaN and infinite doubles become NULL (SQL has no NaN). */
    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int k = 0; k < args.length; k++) {
            Object value = args[k];
            if (value instanceof Double d && !Double.isFinite(d)) {
                statement.setNull(k + 1, Types.REAL);
            } else {
                statement.setObject(k + 1, value);
            }
        }
    }

    /** @return a REAL column, NaN for NULL */
    static double real(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }
}
