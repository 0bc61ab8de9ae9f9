package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.RunStatus;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.store.RunRow;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.RunCatalog;

/**
 * The Runs screen's chart: the loss and HR curves of the selected finished runs, overlaid, and a
 * note saying what it shows or why it shows nothing. The epochs are read in a task of their own,
 * outside the screen's status line, so that selecting runs never cancels a refresh or a deletion.
 * FX thread only.
 */
final class SelectionCurves {
    private final Path workspaceDir;
    private final Executor executor;
    private final ReadOnlyObjectWrapper<TrainingCurves> curves;
    private final ReadOnlyObjectWrapper<JFreeChart> chart;
    private final ReadOnlyStringWrapper curvesNote;
    private Task<TrainingCurves> drawing;
    /** The runs whose curves are shown, in order. */
    private List<String> drawnIds = List.of();

    /**
     * @param bean     the view model whose properties these are
     * @param executor reads the epochs; must not be the FX thread
     */
    SelectionCurves(Object bean, Path workspaceDir, Executor executor) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        curves = new ReadOnlyObjectWrapper<>(bean, "curves");
        chart = new ReadOnlyObjectWrapper<>(bean, "chart");
        curvesNote = new ReadOnlyStringWrapper(bean, "curvesNote", "");
        showNoCurves();
    }

    /** Draws the finished runs of {@code selected}, each run's loss and HR per epoch overlaid. */
    void draw(List<RunRow> selected) {
        if (drawing != null) drawing.cancel();
        drawing = null;
        List<String> done = selected.stream().filter(run -> run.status() == RunStatus.DONE).map(RunRow::id).toList();
        int notDone = selected.size() - done.size();
        if (done.isEmpty()) {
            showNoCurves();
            if (notDone > 0) curvesNote.set(RunsViewModel.describe(notDone, "selected run") + (notDone == 1 ? " is" : " are")
                    + " not done: only finished runs have curves");
            return;
        }
        // A finished run's epochs never change: the runs drawn already need not be read again.
        if (done.equals(drawnIds) && curves.get() != null) {
            curvesNote.set(drawnNote(done.size(), notDone));
            return;
        }
        Task<TrainingCurves> task = new Task<>() {
            @Override
            protected TrainingCurves call() {
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return RunCatalog.curves(store, done);
                }
            }
        };
        drawing = task;
        curvesNote.set("Reading the epochs of " + RunsViewModel.describe(done.size(), "run") + "…");
        task.setOnSucceeded(event -> {
            if (drawing != task) return;
            drawing = null;
            drawnIds = done;
            curves.set(task.getValue());
            chart.set(new TrainingCurvesChart(ChartTheme.print()).create(task.getValue()));
            curvesNote.set(drawnNote(done.size(), notDone));
        });
        task.setOnFailed(event -> {
            if (drawing != task) return;
            drawing = null;
            showNoCurves();
            curvesNote.set("Cannot draw the curves: " + TaskStatus.oneLine(task.getException()));
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            drawing = null;
        }
    }

    private static String drawnNote(int drawn, int notDone) {
        return RunsViewModel.describe(drawn, "run") + " drawn"
                + (notDone == 0 ? "" : "; " + RunsViewModel.describe(notDone, "selected run") + " not done, without curves");
    }

    private void showNoCurves() {
        drawnIds = List.of();
        curves.set(null);
        chart.set(null);
        curvesNote.set("Select one or more finished runs to overlay their loss and HR curves");
    }

    /** @see RunsViewModel#exportCurves(Path) */
    ExportedFigure export(Path file) throws IOException {
        JFreeChart shownChart = Optional.ofNullable(chart.get()).orElseThrow(() -> new IllegalStateException("no curves to export yet"));
        return new FigureExporter().write(shownChart, file);
    }

    /** @see RunsViewModel#export(ExportChoice) */
    String export(ExportChoice choice) throws IOException {
        JFreeChart shownChart = Optional.ofNullable(chart.get()).orElseThrow(() -> new IllegalStateException("no curves to export yet"));
        return FigureExport.write(shownChart, curves.get(), choice);
    }

    /** @return a file name from the runs drawn: {@code curves-<first id>} plus how many more */
    String suggestedFileName() {
        if (drawnIds.isEmpty()) return "curves";
        return FigureExport.fileName("curves", drawnIds.get(0), drawnIds.size() == 1 ? null : "and-" + (drawnIds.size() - 1) + "-more");
    }

    ReadOnlyObjectProperty<TrainingCurves> curvesProperty() { return curves.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }
    ReadOnlyStringProperty curvesNoteProperty() { return curvesNote.getReadOnlyProperty(); }
}
