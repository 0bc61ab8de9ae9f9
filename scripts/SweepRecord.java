import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * Checks a workspace's record of one sweep after faults (scripts/spark-cluster.sh): every task has
 * exactly one finished run, and there are as many tasks as expected. Prints "N tasks, N finished runs (M interrupted attempts recorded failed)"
 * and exits 0, or prints what is wrong and exits 1. Run as a source file:
 * {@code java -cp "lib/*" scripts/SweepRecord.java WORKSPACE.db SWEEP TASKS} (needs sqlite-jdbc on the class path).
 */
public class SweepRecord {
    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            int tasks = count(db, "SELECT COUNT(*) FROM sweep_runs WHERE sweep_id = ?", args[1]);
            int distinct = count(db, "SELECT COUNT(DISTINCT task_key) FROM sweep_runs WHERE sweep_id = ?", args[1]);
            int finished = count(db, "SELECT COUNT(*) FROM sweep_runs s JOIN runs r ON r.id = s.run_id"
                    + " WHERE s.sweep_id = ? AND r.status = 'done'", args[1]);
            int failed = count(db, "SELECT COUNT(*) FROM runs WHERE status <> 'done' AND id NOT IN"
                    + " (SELECT run_id FROM sweep_runs WHERE sweep_id = ?)", args[1]);
            String summary = tasks + " tasks, " + finished + " finished runs (" + failed + " interrupted attempts recorded failed)";
            System.out.println(summary);
            if (tasks != Integer.parseInt(args[2]) || distinct != tasks || finished != tasks) System.exit(1);
        }
    }

    private static int count(Connection db, String sql, String sweep) throws Exception {
        try (var query = db.prepareStatement(sql)) {
            query.setString(1, sweep);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }
}
