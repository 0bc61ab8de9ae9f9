package org.rectransfer.cli;

import org.rectransfer.experiment.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.TransferPackage;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/** Resolves a {@code --source} argument: a finished run of the workspace, or a transfer package file. */
final class SourceModels {
    private SourceModels() { }

    static NcfParameters load(String source, Workspace store) {
        Path file = Path.of(source);
        if (source.endsWith(".rtp") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) throw new UsageException(source + ": no such transfer package");
            try {
                return TransferPackage.read(file);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return Checkpoints.load(store.resolve(finishedRun(source, store).modelFile()));
    }

    static StoredRun finishedRun(String id, Workspace store) {
        StoredRun run = store.run(id).orElseThrow(() -> new UsageException(
                "no run '" + id + "' in workspace " + store.dir() + " (and no such transfer package file)"));
        if (run.status() != RunStatus.DONE || run.modelFile() == null) {
            throw new UsageException("run '" + id + "' is " + run.status() + ", it has no trained model");
        }
        return run;
    }
}
