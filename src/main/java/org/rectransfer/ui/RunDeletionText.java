package org.rectransfer.ui;

import org.rectransfer.store.RunDeletion;

/** What the Runs screen's delete confirmation says: what goes, what stays, or why nothing can go. */
final class RunDeletionText {
    private RunDeletionText() { }

    /** @see RunsViewModel#deletionMessage(RunDeletion.Preview) */
    static String of(RunDeletion.Preview preview) {
        if (preview.runs().isEmpty()) return "The selected runs are no longer in the workspace.";
        if (!preview.running().isEmpty()) {
            return (preview.running().size() == 1 ? "Run " + preview.running().get(0) + " is"
                    : "Runs " + String.join(", ", preview.running()) + " are")
                    + " still running and cannot be deleted. Cancel it in the lab or stop its command, or wait until it has"
                    + " finished; nothing was deleted.";
        }
        StringBuilder text = new StringBuilder("Delete " + RunsViewModel.describe(preview.runs().size(), "run") + " and "
                + RunsViewModel.describe(preview.modelFiles().size(), "model file") + " from the workspace?\n\n"
                + "Their metrics, epochs and per-user hits are deleted with them; this cannot be undone.");
        preview.sweepTasks().forEach((sweep, tasks) -> text.append("\n\nSweep ").append(sweep).append(" lists ")
                .append(tasks == 1 ? "one of them" : tasks + " of them")
                .append(": it will train ").append(tasks == 1 ? "it" : "them").append(" again when resumed."));
        if (!preview.keptTransfers().isEmpty()) {
            int kept = preview.keptTransfers().size();
            text.append("\n\n").append(RunsViewModel.describe(kept, "transfer")).append(kept == 1 ? " was" : " were")
                    .append(" trained from ").append(preview.runs().size() == 1 ? "it" : "them")
                    .append(" and stay").append(kept == 1 ? "s" : "").append(" in the workspace.");
        }
        return text.toString();
    }
}
