package org.rectransfer.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL on a test's workspace database: to stage a state (a claim, a status) or read one back. */
final class WorkspaceSql {
    private WorkspaceSql() { }

    /** Runs one update statement on {@code workspace}'s database. */
    static void update(Path workspace, String statement) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            db.createStatement().executeUpdate(statement);
        }
    }

    /** @return the first column of every row {@code sql} selects, as text */
    static List<String> column(Path workspace, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet result = db.createStatement().executeQuery(sql)) {
            while (result.next()) rows.add(result.getString(1));
        }
        return rows;
    }
}
