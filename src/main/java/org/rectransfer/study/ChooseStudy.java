package org.rectransfer.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.SuccessiveHalving;
import org.rectransfer.experiment.SweepTaskRun;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.TransferPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choosing the transfer configuration for a target (the paper's future work): baseline and the
 * presets are cut by successive halving on a validation hold-out; optionally every candidate is
 * also trained in full, to set the choice and its cost against trying all. The chosen
 * configuration's start is returned for the caller to train and record ({@link RunRecorder}).
 */
public final class ChooseStudy {
    private static final Logger LOG = LoggerFactory.getLogger(ChooseStudy.class);

    /**
     * @param source     the source run id or transfer package, as given
     * @param sourceModel the source model's parameters
     * @param domain     the prepared target
     * @param settings   training settings; their epochs are the last round's
     * @param tuneLr     learning rate of tuned layers
     * @param candidates configurations to choose from
     * @param minEpochs  epochs of the first round
     * @param eta        keep the best 1/eta each round, with eta times the epochs
     * @param compare    also train every candidate for all epochs
     */
    public record Request(String source, NcfParameters sourceModel, PreparedDomain domain, TrainingSettings settings,
                          double tuneLr, List<String> candidates, int minEpochs, int eta, boolean compare) {
        public Request {
            candidates = List.copyOf(candidates);
            if (minEpochs < 1 || minEpochs > settings.epochs()) throw new IllegalArgumentException("--min-epochs must be between 1 and --epochs");
            if (eta < 2) throw new IllegalArgumentException("--eta must be at least 2");
        }
    }

    /** Hears about every trial; called on the calling thread. */
    public interface Listener {
        /** {@code config} trained for {@code epochs} reached {@code validationHr}. */
        void onTrial(String config, int epochs, double validationHr);
    }

    /**
     * @param chosen           the configuration chosen
     * @param search           the rounds of the search
     * @param exhaustive       each candidate's validation HR after all epochs (empty unless compared)
     * @param exhaustiveEpochs the epochs trying every candidate in full costs
     * @param start            the chosen configuration's initial parameters and plan
     * @param kind             what the chosen run is, for the record
     */
    public record Choice(String chosen, SuccessiveHalving.Result search, Map<String, Double> exhaustive, long exhaustiveEpochs,
                         ModelStart start, RunRecorder.Kind kind) {
        /** @return the candidate with the best validation HR in full, "" when not compared */
        public String exhaustiveBest() {
            return exhaustive.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .map(Map.Entry::getKey).orElse("");
        }
    }

    private ChooseStudy() { }

    /**
     * @param configs {@code all}, or configuration names (any case; repeats ignored)
     * @return the candidates: baseline and config-1..config-7 for {@code all}
     * @throws UnknownChoiceException naming a configuration that does not exist
     */
    public static List<String> candidates(List<String> configs) {
        if (configs.equals(List.of("all"))) return TransferPlan.PRESETS;
        List<String> list = new ArrayList<>();
        for (String config : configs) {
            String name = config.trim().toLowerCase(Locale.ROOT);
            if (!TransferPlan.PRESETS.contains(name)) {
                throw new UnknownChoiceException("unknown config '" + config + "' (expected all, baseline or config-1..config-7)");
            }
            if (!list.contains(name)) list.add(name);
        }
        return list;
    }

    /**
     * Runs the search (and the exhaustive comparison when asked).
     *
     * @throws UnknownChoiceException when the source model does not fit the settings' network
     */
    public static Choice choose(Request request, Listener listener) {
        TrainingSettings settings = request.settings();
        SuccessiveHalving.Trial trial = SweepTaskRun.trial(request.domain(), settings, request.tuneLr(), request.sourceModel());
        SuccessiveHalving.Result search;
        try {
            search = SuccessiveHalving.search(request.candidates(), request.minEpochs(), settings.epochs(), request.eta(),
                    (config, epochs) -> {
                        double hr = trial.validationHr(config, epochs);
                        listener.onTrial(config, epochs, hr);
                        return hr;
                    });
        } catch (IllegalArgumentException e) {
            throw new UnknownChoiceException(e.getMessage() + "; set --embedding and --layers to the source's");
        }
        Map<String, Double> exhaustive = new LinkedHashMap<>();
        if (request.compare()) {
            for (String config : request.candidates()) exhaustive.put(config, trial.validationHr(config, settings.epochs()));
        }
        String chosen = search.chosen();
        LOG.info("chose {} for {} after {} rounds, {} epochs", chosen, request.domain().data().name(), search.rungs().size(),
                search.epochsSpent());
        ModelStart start = SweepTaskRun.start(chosen, request.domain(), settings, request.tuneLr(), request.sourceModel());
        RunRecorder.Kind kind = chosen.equals("baseline") ? RunRecorder.Kind.BASELINE
                : new RunRecorder.Kind(RunKind.TRANSFER, request.source(), chosen);
        return new Choice(chosen, search, exhaustive, (long) request.candidates().size() * settings.epochs(), start, kind);
    }
}
