package org.rectransfer.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.store.RunDeletion;
import org.rectransfer.store.RunRow;
import org.rectransfer.store.RunRows;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/**
 * Every run of a workspace, whoever ran it (the lab, {@code train}, {@code transfer},
 * {@code choose}, sweeps): listed, their curves overlaid, deleted, and a transfer's choice of
 * domains and plan found again for the lab. The workbench's Runs screen calls this; the storage
 * is {@link RunRows} and {@link RunDeletion}.
 */
public final class RunCatalog {
    private RunCatalog() { }

    /**
     * What the lab needs to show a recorded transfer again.
     *
     * @param run    the transfer run
     * @param source the source domain's file (the one its source model was trained on)
     * @param target the target domain's file
     * @param plan   its plan: a preset name or layer modes ({@code FC1=fresh,...,OUT=frozen})
     */
    public record LabSetup(String run, Path source, Path target, String plan) { }

    /** A run the lab cannot show again, with the reason in one line. */
    public static final class NotForTheLabException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotForTheLabException(String message) {
            super(message);
        }
    }

    /** @return every run, oldest first */
    public static List<RunRow> list(Workspace store) {
        return RunRows.list(store);
    }

    /** @return the cut-off k of the run's HR@k and NDCG@k (the default for settings it cannot read) */
    public static int cutOff(RunRow run) {
        try {
            return StoredRunSettings.of(run.id(), run.settingsJson()).training().k();
        } catch (RuntimeException unreadable) {
            return TrainingSettings.CONVERGED.k();
        }
    }

    /**
     * @return the loss and HR@k per epoch of the runs, overlaid: the validation HR where a run
     *         recorded it (as the lab draws), else its test HR
     * @throws RunCurves.UnusableRunException when one is missing, not done, or has no epochs
     */
    public static TrainingCurves curves(Workspace store, List<String> runIds) {
        return RunCurves.of(store, runIds, RunCurves.Hr.VALIDATION_FIRST);
    }

    /** @return what deleting the runs would do (how many, their model files, the sweeps that train them again); nothing is changed */
    public static RunDeletion.Preview previewDeletion(Workspace store, Collection<String> runIds) {
        return RunDeletion.preview(store, runIds);
    }

    /**
     * Deletes the runs, their rows and model files; a sweep that listed one trains it again when resumed.
     *
     * @throws RunDeletion.RunStillRunningException if one of them is running; nothing is deleted
     */
    public static RunDeletion.Deleted delete(Workspace store, Collection<String> runIds) {
        return RunDeletion.delete(store, runIds);
    }

    /**
     * Finds a transfer's source and target files and its plan: the target is the file it was
     * trained on, the source the file of its source run (a run of the workspace, or in a sweep the
     * sweep's source domain of that name).
     *
     * @throws NotForTheLabException when it is not a transfer, its source was a package or is gone,
     *                               or a file is no longer there
     */
    public static LabSetup labSetup(Workspace store, RunRow run) {
        if (run.kind() != RunKind.TRANSFER) {
            throw new NotForTheLabException("run " + run.id() + " is a " + run.kind() + ": only a transfer opens in the lab");
        }
        if (run.plan() == null) throw new NotForTheLabException("run " + run.id() + " recorded no plan");
        Path target = existing(run, DomainSource.parse(run.dataFile()).path(), "target");
        Path source = existing(run, sourceFile(store, run), "source");
        return new LabSetup(run.id(), source, target, run.plan());
    }

    private static Path sourceFile(Workspace store, RunRow run) {
        String source = run.sourceRun();
        if (source == null) throw new NotForTheLabException("run " + run.id() + " recorded no source");
        Optional<StoredRun> sourceRun = store.run(source);
        if (sourceRun.isPresent()) return DomainSource.parse(sourceRun.get().dataFile()).path();
        // A sweep records its source by domain name; the sweep's description names the file.
        for (String sweep : run.sweeps()) {
            Optional<DomainSource> domain = StoredSweep.open(store, sweep).spec().sources().stream()
                    .filter(d -> d.name().equals(source)).findFirst();
            if (domain.isPresent()) return domain.get().path();
        }
        if (source.endsWith(".rtp")) {
            throw new NotForTheLabException("run " + run.id() + " was transferred from the package " + source
                    + ": the lab trains its source from a data file");
        }
        throw new NotForTheLabException("the source run " + source + " of run " + run.id() + " is no longer in the workspace");
    }

    private static Path existing(RunRow run, Path file, String role) {
        if (!Files.isRegularFile(file)) {
            throw new NotForTheLabException("the " + role + " file " + file + " of run " + run.id() + " is not there"
                    + (file.isAbsolute() ? "" : " (a relative path is read from the folder the workbench was started in)"));
        }
        return file;
    }
}
