package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.TrainingSettings;

/**
 * The sweep editor of the results screen: sources and targets ticked among the domain files,
 * configurations, seeds, converged or fixed training, runs at once and a name; Start; the command
 * line that runs (and resumes) the same sweep. Layout and bindings only: the choices are
 * {@link SweepEditorViewModel}'s, the start is {@link ResultsViewModel#startSweep()}.
 */
final class SweepEditorView extends javafx.scene.layout.BorderPane {
    private final ResultsViewModel results;
    private final SweepEditorViewModel model;

    /** @param onStarted runs on the FX thread when Start has started a sweep */
    SweepEditorView(ResultsViewModel results, Runnable onStarted) {
        this.results = results;
        this.model = results.editor();
        getStyleClass().add("sweep-editor-pane");

        GridPane domains = new GridPane();
        domains.getStyleClass().add("form-grid");
        domains.addRow(0, fieldLabel("Sources"), fieldLabel("Targets"));
        domains.addRow(1, domainList("sweep-sources", model::sourceProperty), domainList("sweep-targets", model::targetProperty));

        GridPane configs = new GridPane();
        configs.getStyleClass().add("form-grid");
        for (int k = 0; k < SweepEditorViewModel.CONFIGS.size(); k++) {
            String config = SweepEditorViewModel.CONFIGS.get(k);
            CheckBox box = new CheckBox(config);
            box.setId(config);
            box.selectedProperty().bindBidirectional(model.configProperty(config));
            box.setTooltip(tooltip(SweepEditorViewModel.describeConfig(config)));
            configs.add(box, k % 3, k / 3);
        }

        Spinner<Integer> seeds = spinner("sweep-seeds", 1, SweepEditorViewModel.MAX_SEEDS, model.seedsProperty());
        seeds.setTooltip(tooltip("Every source, baseline and transfer is trained once per seed 1..n; the gain tables"
                + " give mean ± sd over seeds with the paired t-test"));
        Label seedList = hint();
        seedList.textProperty().bind(Bindings.createStringBinding(
                () -> TransferLabViewModel.describeSeeds(model.seedsProperty().get()), model.seedsProperty()));
        HBox seedsRow = row(seeds, seedList);

        ToggleGroup schedule = new ToggleGroup();
        RadioButton converged = new RadioButton("Converged");
        converged.setId("sweep-converged");
        converged.setTooltip(tooltip("Each model trains until its validation HR@10 has not improved for "
                + TrainingSettings.CONVERGED_PATIENCE + " epochs (never before epoch " + TrainingSettings.CONVERGED_MIN_EPOCHS
                + ", at most " + TrainingSettings.CONVERGED.epochs() + ") and is evaluated at its best validation epoch:"
                + " the command line's default"));
        RadioButton fixed = new RadioButton("Fixed");
        fixed.setId("sweep-fixed");
        fixed.setTooltip(tooltip("The paper's schedule: every epoch is trained, no early stopping (--paper-schedule --epochs N)"));
        converged.setToggleGroup(schedule);
        fixed.setToggleGroup(schedule);
        schedule.selectToggle(model.convergedProperty().get() ? converged : fixed);
        model.convergedProperty().addListener((o, before, after) -> schedule.selectToggle(after ? converged : fixed));
        schedule.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                schedule.selectToggle(before);
            } else {
                model.convergedProperty().set(after == converged);
            }
        });
        Spinner<Integer> epochs = spinner("sweep-epochs", 1, 1000, model.epochsProperty());
        epochs.disableProperty().bind(model.convergedProperty());
        Label convergedHint = hint();
        convergedHint.setText("≤ " + TrainingSettings.CONVERGED.epochs() + " epochs");
        Label epochsLabel = hint();
        epochsLabel.setText("epochs");
        for (RadioButton choice : java.util.List.of(converged, fixed)) choice.setMinWidth(Region.USE_PREF_SIZE);
        VBox scheduleRow = new VBox(6, row(converged, convergedHint), row(fixed, epochs, epochsLabel));

        Spinner<Integer> parallel = spinner("sweep-parallel", 1, 256, model.parallelProperty());
        parallel.setTooltip(tooltip("Runs trained at once (this machine has " + Runtime.getRuntime().availableProcessors()
                + " cores); each run uses one thread. Does not change any result"));
        Label parallelHint = hint();
        parallelHint.setText("runs at once");
        HBox parallelRow = row(parallel, parallelHint);

        TextField name = new TextField();
        name.setId("sweep-name");
        name.setPromptText("optional; derived if empty");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setTooltip(tooltip("The sweep's id. Left empty, it is derived from the settings and the data files, as the"
                + " command line derives it, so the same choices find (and resume) the same sweep"));

        TextField usersKept = new TextField();
        usersKept.setId("sweep-users-kept");
        usersKept.setPrefWidth(100);
        usersKept.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        usersKept.textProperty().bindBidirectional(model.usersKeptProperty());
        usersKept.setTooltip(tooltip("Train on a share of each target's users too, e.g. 10, 25, 50, 100: each share below 100 %"
                + " is a target of its own (Office@25%), its users drawn anew for each seed (sweep --target-fraction)"));
        Label usersKeptHint = hint();
        usersKeptHint.setText("% kept");
        HBox usersKeptRow = row(usersKept, usersKeptHint);

        GridPane settings = new GridPane();
        settings.getStyleClass().add("form-grid");
        settings.addRow(0, fieldLabel("Seeds"), seedsRow);
        settings.addRow(1, fieldLabel("Training"), scheduleRow);
        settings.addRow(2, fieldLabel("Users"), usersKeptRow);
        settings.addRow(3, fieldLabel("Parallel"), parallelRow);
        settings.addRow(4, fieldLabel("Name"), name);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Label summary = hint();
        summary.setId("sweep-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button start = new Button("Start");
        start.setId("start-sweep");
        start.getStyleClass().add("accent");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.disableProperty().bind(results.sweepRunningProperty().or(model.problemProperty().isNotEmpty()));
        start.setOnAction(event -> {
            if (results.startSweep() != null) onStarted.run();
        });
        Label problem = hint();
        problem.setId("sweep-problem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(Bindings.when(results.sweepRunningProperty())
                .then("A sweep started here is running: Stop it, or wait").otherwise(model.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox actions = row(start, summary);
        VBox footer = new VBox(6, actions, problem);
        footer.getStyleClass().add("sweep-editor-actions");

        TextArea command = new TextArea();
        command.setId("sweep-command");
        command.getStyleClass().add("command");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(3);
        command.textProperty().bind(model.commandProperty());
        Label commandLabel = hint();
        commandLabel.setText("The same sweep from the command line (it resumes the sweep too):");
        VBox commandBox = new VBox(4, commandLabel, command);
        commandBox.visibleProperty().bind(model.commandProperty().isNotEmpty());
        commandBox.managedProperty().bind(commandBox.visibleProperty());

        VBox form = new VBox(12, section("Domains"), domains, section("Configurations"), configs, section("Runs"), settings,
                commandBox);
        form.getStyleClass().addAll("lab-form", "sweep-editor");
        // The form scrolls; Start stays in view below it.
        ScrollPane scroll = new ScrollPane(form);
        scroll.getStyleClass().add("lab-form-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setBottom(footer);
    }

    private ListView<Path> domainList(String id, Function<Path, BooleanProperty> ticked) {
        ListView<Path> list = new ListView<>(model.domains());
        list.setId(id);
        list.getStyleClass().add("domain-choices");
        list.setPrefHeight(176);
        list.setPrefWidth(136);
        list.setCellFactory(CheckBoxListCell.forListView(ticked::apply, new StringConverter<>() {
            @Override
            public String toString(Path file) {
                return file == null ? "" : DomainSource.nameOf(file);
            }

            @Override
            public Path fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }));
        list.setPlaceholder(new Label("No domain files"));
        GridPane.setHgrow(list, Priority.ALWAYS);
        return list;
    }

    /** A spinner following {@code property} both ways. */
    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, property.get())));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        spinner.valueProperty().addListener((o, before, after) -> {
            if (after != null) property.set(after);
        });
        property.addListener((o, before, after) -> {
            if (!after.equals(spinner.getValue())) spinner.getValueFactory().setValue(after.intValue());
        });
        return spinner;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }

    private static Label hint() {
        Label label = new Label();
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** @return the view model behind this view, for tests */
    SweepEditorViewModel modelForTests() { return model; }
}
