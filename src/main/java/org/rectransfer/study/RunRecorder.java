package org.rectransfer.study;

import org.rectransfer.experiment.RunKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.rectransfer.data.Messages;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunExecutor;
import org.rectransfer.experiment.RunListener;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.store.NewRun;
import org.rectransfer.store.Provenance;
import org.rectransfer.store.StoreJson;
import org.rectransfer.store.Workspace;

/**
 * Runs one training run and records it in a workspace: marked {@code running}, executed, then
 * completed with its checkpoint and metrics, or marked {@code failed} with the reason (also when
 * cancelled, so that a half-trained model is never stored as done). Shared by the command line
 * and the workbench, so both store the same things.
 */
public final class RunRecorder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunRecorder.class);

    /**
     * What distinguishes a run: a baseline, or a transfer from a source with a plan.
     *
     * @param kind   {@code baseline} or {@code transfer}
     * @param source the source run or package of a transfer, else null
     * @param plan   the plan's description ({@code baseline} for a baseline)
     */
    public record Kind(RunKind kind, String source, String plan) {
        /** A model trained from scratch. */
        public static final Kind BASELINE = new Kind(RunKind.BASELINE, null, "baseline");
    }

    /**
     * The outcome of a recorded run.
     *
     * @param id     the run id in the workspace
     * @param result what the run produced
     */
    public record Recorded(String id, RunResult result) { }

    private RunRecorder() { }

    /**
     * @param store        the workspace
     * @param dataArgument the data argument as the user gave it ({@code PATH} or {@code NAME=PATH})
     * @param domain       the prepared domain
     * @param settings     training settings
     * @param kind         baseline or transfer
     * @param start        initial parameters and plan
     * @param commandLine  what started the run, for provenance
     * @param listener     told about progress and epochs
     * @param cancelled    polled between batches; a cancelled run is recorded as failed
     * @return the run id and its result
     * @throws CancelledRunException when {@code cancelled} became true
     */
    public static Recorded record(Workspace store, String dataArgument, PreparedDomain domain, TrainingSettings settings,
                                  Kind kind, ModelStart start, List<String> commandLine, RunListener listener,
                                  BooleanSupplier cancelled) {
        Map<String, Object> provenance = Provenance.of(commandLine);
        String id = store.begin(new NewRun(kind.kind(), domain.data().name(), dataArgument, domain.dataHash(), kind.source(),
                kind.plan(), settings.seed(), StoreJson.write(domain.settings(settings)), StoreJson.write(provenance)));
        LOG.debug("run {} begins: {} {} on {}, seed {}", id, kind.kind(), kind.plan(), domain.data().name(), settings.seed());
        try {
            RunResult result = RunExecutor.execute(domain, settings, start, listener, cancelled);
            if (cancelled.getAsBoolean()) throw new CancelledRunException(id);
            Map<String, Object> sidecar = new LinkedHashMap<>(provenance);
            sidecar.put("run", id);
            sidecar.put("domain", domain.data().name());
            sidecar.put("dataHash", domain.dataHash());
            sidecar.put("seed", settings.seed());
            sidecar.put("plan", kind.plan());
            sidecar.put("source", kind.source());
            store.complete(id, domain.data(), result, sidecar);
            LOG.debug("run {} done: HR@{} {} at epoch {} of {}, {} s", id, result.test().k(), result.test().hr(), result.bestEpoch(),
                    result.epochs().size(), result.seconds());
            return new Recorded(id, result);
        } catch (RuntimeException e) {
            String reason = e instanceof CancelledRunException ? "cancelled" : Messages.oneLine(e.getMessage());
            store.fail(id, reason);
            LOG.info("run {} recorded as failed: {}", id, reason);
            throw e;
        }
    }

    /** Thrown when a run was cancelled; the run is recorded as failed ("cancelled"). */
    public static final class CancelledRunException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledRunException(String runId) {
            super("run " + runId + " was cancelled");
        }
    }

}
