package org.rectransfer.cli;

import org.rectransfer.study.SourceModels;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.TransferPackage;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Provenance;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer export-package --run ID --out FILE.rtp}: shares a model's interaction function, not its data. */
@Command(name = "export-package", mixinStandardHelpOptions = true,
        description = {"Write a privacy-preserving transfer package: the FC and OUT weights, the architecture and provenance.",
                "No embedding, no user or item id, not even the number of users or items."})
public final class ExportPackageCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "ID", description = "A finished run of the workspace.")
    String runId;

    @Option(names = "--out", required = true, paramLabel = "FILE.rtp", description = "The package file to write.")
    Path out;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print one JSON object with the result.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace store = workspace.openForReading()) {
            StoredRun run = SourceModels.finishedRun(runId, store);
            NcfParameters params = Checkpoints.load(store.resolve(run.modelFile()));
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("sourceRun", run.id());
            provenance.put("sourceDomain", run.domain());
            provenance.put("sourceHr", run.hr());
            provenance.put("exportedBy", Provenance.of(spec.commandLine().getParseResult().originalArgs()));
            TransferPackage.write(params, out, provenance);
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), JsonOutput.ordered("file", out.toString(), "run", run.id(),
                        "layers", params.spec().layers(), "embedding", params.spec().embeddingSize()));
            } else {
                spec.commandLine().getOut().println("wrote " + out + " (FC and OUT layers of run " + run.id() + ")");
            }
        }
        return ExitCodes.OK;
    }
}
