package org.rectransfer.study;

import org.rectransfer.experiment.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.TransferPackage;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/** Resolves a {@code --source} argument: a finished run of the workspace, or a transfer package file. */
public final class SourceModels {
    private SourceModels() { }

    /**
     * @param source a run id of {@code store} or the path of a transfer package ({@code .rtp})
     * @return the source model's parameters
     * @throws UnknownChoiceException when there is no such finished run or package
     */
    public static NcfParameters load(String source, Workspace store) {
        Path file = Path.of(source);
        if (source.endsWith(".rtp") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) throw new UnknownChoiceException(source + ": no such transfer package");
            try {
                return TransferPackage.read(file);
            } catch (IllegalArgumentException e) {
                throw new UnknownChoiceException(e.getMessage());
            }
        }
        return Checkpoints.load(store.resolve(finishedRun(source, store).modelFile()));
    }

    /**
     * @return the finished run {@code id} of {@code store}, which has a model
     * @throws UnknownChoiceException when there is no such run, or it has no trained model
     */
    public static StoredRun finishedRun(String id, Workspace store) {
        StoredRun run = store.run(id).orElseThrow(() -> new UnknownChoiceException(
                "no run '" + id + "' in workspace " + store.dir() + " (and no such transfer package file)"));
        if (run.status() != RunStatus.DONE || run.modelFile() == null) {
            throw new UnknownChoiceException("run '" + id + "' is " + run.status() + ", it has no trained model");
        }
        return run;
    }
}
