package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.SweepPlanner;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.study.SweepStudy;

/**
 * State of the sweep editor: the sources and targets among the workbench's domain files, the
 * configurations (all seven by default), the seeds (1..n, 3 by default), converged training (the
 * default) or a fixed number of epochs, the runs at once (the cores by default) and an optional
 * name. It builds exactly the {@link SweepSpec} that {@code rectransfer sweep} builds for the same
 * choices ({@link #commandLine()} is that command), so a sweep started here has the command
 * line's id and either front end resumes it. No work is done here: the results screen's view
 * model starts the sweep. Used on the FX thread only.
 */
public final class SweepEditorViewModel {
    /** The configurations a sweep can run: the paper's Table 1 presets. */
    public static final List<String> CONFIGS = TransferPlan.PRESETS.subList(1, TransferPlan.PRESETS.size());
    /** The most seeds the editor offers. */
    public static final int MAX_SEEDS = 10;
    /** Seeds unless the user chooses otherwise: the fewest for which the paired t-test has two degrees of freedom. */
    public static final int DEFAULT_SEEDS = 3;
    /** The epochs of a fixed schedule unless the user chooses otherwise: the paper's. */
    public static final int DEFAULT_EPOCHS = TrainingSettings.PAPER.epochs();
    private static final int DEPTH = 4;

    private final Path workspaceDir;
    private final ObservableList<Path> domains = FXCollections.observableArrayList();
    private final Map<Path, BooleanProperty> sources = new LinkedHashMap<>();
    private final Map<Path, BooleanProperty> targets = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> configs = new LinkedHashMap<>();
    private final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", DEFAULT_SEEDS);
    private final BooleanProperty converged = new SimpleBooleanProperty(this, "converged", true);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", DEFAULT_EPOCHS);
    private final IntegerProperty parallel = new SimpleIntegerProperty(this, "parallel", Runtime.getRuntime().availableProcessors());
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    /** The shares of each target's users to train on, in percent, comma-separated ({@code sweep --target-fraction}). */
    private final StringProperty usersKept = new SimpleStringProperty(this, "usersKept", "100");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper command = new ReadOnlyStringWrapper(this, "command", "");

    /**
     * @param domainFiles  the files to choose sources and targets from (none is ticked at first)
     * @param workspaceDir the workspace the sweep is recorded in (for the equivalent command)
     */
    public SweepEditorViewModel(List<Path> domainFiles, Path workspaceDir) {
        this.workspaceDir = workspaceDir;
        domains.setAll(domainFiles);
        List<Observable> choices = new ArrayList<>(List.of(seeds, converged, epochs, parallel, name, usersKept));
        for (Path file : domainFiles) {
            sources.put(file, new SimpleBooleanProperty(this, "source " + file, false));
            targets.put(file, new SimpleBooleanProperty(this, "target " + file, false));
        }
        for (String config : CONFIGS) configs.put(config, new SimpleBooleanProperty(this, config, true));
        choices.addAll(sources.values());
        choices.addAll(targets.values());
        choices.addAll(configs.values());
        for (Observable choice : choices) choice.addListener(observable -> update());
        update();
    }

    /** @return the domain files to choose from, in the order the lists show them */
    public ObservableList<Path> domains() { return domains; }

    /** @return whether {@code file} (one of {@link #domains()}) is a source of the sweep */
    public BooleanProperty sourceProperty(Path file) { return require(sources, file); }

    /** @return whether {@code file} (one of {@link #domains()}) is a target of the sweep */
    public BooleanProperty targetProperty(Path file) { return require(targets, file); }

    /** @return whether the configuration {@code config} (one of {@link #CONFIGS}) is in the sweep */
    public BooleanProperty configProperty(String config) {
        BooleanProperty property = configs.get(config);
        if (property == null) throw new IllegalArgumentException("no configuration " + config + " (expected one of " + CONFIGS + ")");
        return property;
    }

    /** @return seeds 1..n, 1 to {@link #MAX_SEEDS} */
    public IntegerProperty seedsProperty() { return seeds; }

    /** @return true for converged training (early stopping, the command line's default), false for a fixed number of epochs */
    public BooleanProperty convergedProperty() { return converged; }

    /** @return the epochs of the fixed schedule ({@code --paper-schedule --epochs N}); unused for converged training */
    public IntegerProperty epochsProperty() { return epochs; }

    /** @return how many runs train at once */
    public IntegerProperty parallelProperty() { return parallel; }

    /** @return the sweep's id; blank for the one derived from its settings, as the command line derives it */
    public StringProperty nameProperty() { return name; }

    /** @return the shares of each target's users kept, in percent, e.g. "10, 25, 50, 100" (default "100": whole targets) */
    public StringProperty usersKeptProperty() { return usersKept; }

    /**
     * @return the shares of {@link #usersKeptProperty()} as fractions, in the order given
     * @throws IllegalArgumentException when a share is not a number in (0, 100] or is given twice
     */
    public List<Double> targetFractions() {
        List<Double> fractions = new ArrayList<>();
        String text = usersKept.get() == null ? "" : usersKept.get();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) continue;
            java.math.BigDecimal percent;
            try {
                percent = new java.math.BigDecimal(part.endsWith("%") ? part.substring(0, part.length() - 1) : part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Users kept: '" + part + "' is not a percentage");
            }
            if (percent.signum() <= 0 || percent.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("Users kept: each share must be above 0 and at most 100 %");
            }
            // As the command line reads "0.25": the decimal moved two places, then one rounding to a double.
            double fraction = Double.parseDouble(percent.movePointLeft(2).toPlainString());
            if (fractions.contains(fraction)) throw new IllegalArgumentException("Users kept: " + part + " % is given twice");
            fractions.add(fraction);
        }
        if (fractions.isEmpty()) throw new IllegalArgumentException("Users kept: give at least one share, e.g. 100");
        return fractions;
    }

    /** @return why the choices cannot start a sweep, empty when they can */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** @return how many runs the sweep has, by kind (empty while the choices are invalid) */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** @return the command line that runs (or resumes) the same sweep (empty while the choices are invalid) */
    public ReadOnlyStringProperty commandProperty() { return command.getReadOnlyProperty(); }

    /** @return the ticked sources, in list order */
    public List<Path> chosenSources() { return ticked(sources); }

    /** @return the ticked targets, in list order */
    public List<Path> chosenTargets() { return ticked(targets); }

    /** @return the ticked configurations, in the paper's order */
    public List<String> chosenConfigs() {
        return configs.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** @return the training settings: {@link TrainingSettings#CONVERGED}, or the paper's fixed schedule of the chosen epochs */
    public TrainingSettings settings() {
        return converged.get() ? TrainingSettings.CONVERGED : TrainingSettings.PAPER.withEpochs(epochs.get());
    }

    /**
     * @return the sweep the choices describe, as {@code rectransfer sweep} builds it: files made
     *         absolute, seeds 1..n, the default data filter and read options
     * @throws IllegalStateException when the choices are invalid ({@link #problemProperty()} says why)
     */
    public SweepSpec spec() {
        String why = problem();
        if (why != null) throw new IllegalStateException(why);
        List<Long> seedList = new ArrayList<>();
        for (long seed = 1; seed <= seeds.get(); seed++) seedList.add(seed);
        TrainingSettings settings = settings();
        return new SweepSpec(chosenSources().stream().map(SweepEditorViewModel::domain).toList(),
                chosenTargets().stream().map(SweepEditorViewModel::domain).toList(), chosenConfigs(), seedList, 0, settings,
                settings.lr(), FilterSpec.DEFAULT, ReadOptions.DEFAULT, targetFractions());
    }

    /** @return the sweep's name, or null for the id derived from its settings */
    public String sweepName() {
        String given = name.get() == null ? "" : name.get().strip();
        return given.isEmpty() ? null : given;
    }

    /**
     * @param commandLine what started the sweep, for provenance
     * @return how to run it: its name, locally on the chosen runs at once
     */
    public SweepStudy.Options options(List<String> commandLine) {
        return new SweepStudy.Options(sweepName(), false, false, "local", parallel.get(), commandLine);
    }

    /**
     * @return the arguments of {@code rectransfer sweep} for the same sweep, without the workspace
     *         (files absolute, so that the command works from any folder)
     * @throws IllegalStateException when the choices are invalid
     */
    public List<String> arguments() {
        String why = problem();
        if (why != null) throw new IllegalStateException(why);
        List<String> args = new ArrayList<>(List.of("sweep", "--sources"));
        chosenSources().forEach(file -> args.add(absolute(file).toString()));
        args.add("--targets");
        chosenTargets().forEach(file -> args.add(absolute(file).toString()));
        if (chosenConfigs().size() < CONFIGS.size()) args.addAll(List.of("--configs", String.join(",", chosenConfigs())));
        args.addAll(List.of("--seeds", Integer.toString(seeds.get())));
        List<Double> fractions = targetFractions();
        if (!fractions.equals(SweepSpec.WHOLE_TARGETS)) {
            args.addAll(List.of("--target-fraction", fractions.stream().map(f -> java.math.BigDecimal.valueOf(f).stripTrailingZeros()
                    .toPlainString()).collect(Collectors.joining(","))));
        }
        if (!converged.get()) args.addAll(List.of("--paper-schedule", "--epochs", Integer.toString(epochs.get())));
        args.addAll(List.of("--parallel", Integer.toString(parallel.get())));
        if (sweepName() != null) args.addAll(List.of("--name", sweepName()));
        return args;
    }

    /** @return the layers {@code config} freezes, e.g. "Freezes FC-3, FC-4 and OUT, copied from the source; ..." */
    public static String describeConfig(String config) {
        TransferPlan plan = TransferPlan.preset(config, DEPTH);
        List<String> frozen = plan.transferred().stream().map(SweepEditorViewModel::layerLabel).toList();
        List<String> fresh = new ArrayList<>();
        for (int k = 1; k <= DEPTH; k++) {
            if (!plan.transferred().contains(LayerName.fc(k))) fresh.add(layerLabel(LayerName.fc(k)));
        }
        fresh.add("the embeddings");
        return config + ": freezes " + join(frozen) + ", copied from the source model; " + join(fresh) + " train from scratch";
    }

    private void update() {
        String why = problem();
        problem.set(Objects.requireNonNullElse(why, ""));
        if (why != null) {
            summary.set("");
            command.set("");
            return;
        }
        SweepSpec spec = spec();
        List<SweepTask> first = SweepPlanner.firstWave(spec);
        long sourceRuns = first.stream().filter(task -> task.kind() == RunKind.SOURCE).count();
        int transfers = SweepPlanner.secondWave(spec).size();
        summary.set(String.format(Locale.ROOT, "%d runs: %s, %s, %s", first.size() + transfers,
                count(sourceRuns, "source model"), count(first.size() - sourceRuns, "baseline"), count(transfers, "transfer")));
        command.set(commandLine());
    }

    /** @return the command line that runs or resumes the same sweep in this workspace, quoted for a POSIX shell */
    public String commandLine() {
        List<String> words = new ArrayList<>(List.of("./rectransfer"));
        words.addAll(arguments());
        words.addAll(List.of("--workspace", workspaceDir.toAbsolutePath().normalize().toString()));
        return words.stream().map(SweepEditorViewModel::quoted).collect(Collectors.joining(" "));
    }

    private String problem() {
        List<Path> chosenSources = chosenSources();
        List<Path> chosenTargets = chosenTargets();
        if (chosenSources.isEmpty()) return "Tick at least one source domain";
        if (chosenTargets.isEmpty()) return "Tick at least one target domain";
        for (Path file : chosenTargets) {
            if (chosenSources.contains(file)) {
                return DomainSource.nameOf(file) + " is ticked as a source and as a target: a sweep would transfer it to itself";
            }
        }
        String twice = twice(chosenSources);
        if (twice == null) twice = twice(chosenTargets);
        if (twice != null) return "Two ticked files are both named " + twice + ": tick one of them";
        if (chosenConfigs().isEmpty()) return "Tick at least one configuration";
        if (seeds.get() < 1 || seeds.get() > MAX_SEEDS) return "Seeds must be 1 to " + MAX_SEEDS;
        if (!converged.get() && epochs.get() < 1) return "Epochs must be at least 1";
        if (parallel.get() < 1) return "Parallel runs must be at least 1";
        try {
            targetFractions();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** @return a domain name two of the files share (a sweep names its tasks by domain), or null */
    private static String twice(List<Path> files) {
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            if (!names.add(DomainSource.nameOf(file))) return DomainSource.nameOf(file);
        }
        return null;
    }

    private static DomainSource domain(Path file) {
        return new DomainSource(DomainSource.nameOf(file), absolute(file));
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static List<Path> ticked(Map<Path, BooleanProperty> choices) {
        return choices.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private static BooleanProperty require(Map<Path, BooleanProperty> choices, Path file) {
        BooleanProperty property = choices.get(file);
        if (property == null) throw new IllegalArgumentException(file + " is not one of the editor's domain files");
        return property;
    }

    private static String layerLabel(LayerName layer) {
        return layer.equals(LayerName.OUT) ? "OUT" : layer.id().replace("FC", "FC-");
    }

    private static String join(List<String> words) {
        if (words.size() < 2) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String quoted(String word) {
        return word.matches("[A-Za-z0-9_./=:,+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
