package org.rectransfer.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Helpers for tests that run the command line as separate processes against one workspace. */
final class SweepProcess {
    private SweepProcess() { }

    /** Starts {@code rectransfer ARGS} in a new JVM with this test's class path; output goes to {@code log}. */
    static Process start(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.rectransfer.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        return builder.start();
    }

    /** @return the first column of every row of {@code sql}, as strings, in order */
    static List<String> column(Path workspace, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            db.createStatement().execute("PRAGMA busy_timeout=10000");
            try (ResultSet rows = db.createStatement().executeQuery(sql)) {
                while (rows.next()) values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** @return HR@10 by task key of the finished runs of sweep {@code sweep} */
    static Map<String, Double> hitRatios(Path workspace, String sweep) throws Exception {
        Map<String, Double> result = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            db.createStatement().execute("PRAGMA busy_timeout=10000");
            if (!db.getMetaData().getTables(null, null, "sweep_runs", null).next()) return result;
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT s.task_key, r.hr FROM sweep_runs s JOIN runs r ON r.id = s.run_id WHERE s.sweep_id = '" + sweep + "'")) {
                while (rows.next()) result.put(rows.getString(1), rows.getDouble(2));
            }
        }
        return result;
    }
}
