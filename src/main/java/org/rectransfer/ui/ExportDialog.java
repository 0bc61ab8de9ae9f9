package org.rectransfer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where and how to export a figure: the file (PNG or SVG, by extension), its width and
 * height in pixels and its resolution, and whether to write the plotted numbers as CSV beside it.
 * The first folder offered is the last one used (remembered across sessions, except in tests).
 */
final class ExportDialog extends Dialog<ExportChoice> {
    private static final String LAST_FOLDER = "exportFolder";

    /**
     * @param title     what is exported, e.g. "Export the curves"
     * @param fileName  the suggested file name, from the figure's content (without extension)
     */
    ExportDialog(Window owner, String title, String fileName) {
        setTitle(title);
        setHeaderText(title);
        if (owner != null) initOwner(owner);
        TextField file = new TextField(lastFolder().resolve(fileName + ".png").toString());
        file.setId("export-file");
        file.setPrefColumnCount(34);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(event -> browse(file));
        Spinner<Integer> width = spinner("export-width", 100, 20_000, ExportChoice.DEFAULT_WIDTH, 100);
        Spinner<Integer> height = spinner("export-height", 100, 20_000, ExportChoice.DEFAULT_HEIGHT, 100);
        Spinner<Integer> dpi = spinner("export-dpi", 50, 1200, ExportChoice.DEFAULT_DPI, 50);
        CheckBox csv = new CheckBox("Also write the plotted numbers as CSV (same name, .csv)");
        csv.setId("export-csv");
        csv.setSelected(true);
        Label printed = new Label();
        printed.getStyleClass().add("hint");
        printed.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "printed %.1f x %.1f in",
                width.getValue() / (double) dpi.getValue(), height.getValue() / (double) dpi.getValue()),
                width.valueProperty(), height.valueProperty(), dpi.valueProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("File (.png or .svg)"), new HBox(8, file, browse));
        grid.addRow(1, new Label("Width × height (px)"), new HBox(8, width, new Label("×"), height));
        grid.addRow(2, new Label("Resolution (dpi)"), new HBox(8, dpi, printed));
        grid.add(csv, 1, 3);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("export-ok");
        BooleanBinding unusable = Bindings.createBooleanBinding(() -> !file.getText().toLowerCase(Locale.ROOT).matches(".+\\.(png|svg)"),
                file.textProperty());
        ok.disableProperty().bind(unusable);
        setResultConverter(button -> {
            if (button != ButtonType.OK) return null;
            Path chosen = Path.of(file.getText().strip());
            rememberFolder(chosen);
            return new ExportChoice(chosen, width.getValue(), height.getValue(), dpi.getValue(), csv.isSelected());
        });
    }

    /** Shows the dialog and waits. @return the choice, empty when cancelled */
    Optional<ExportChoice> ask() {
        return showAndWait();
    }

    private void browse(TextField file) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(getTitle());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        Path current = Path.of(file.getText().strip());
        Path folder = current.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(current.getFileName() == null ? "figure.png" : current.getFileName().toString());
        File picked = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (picked != null) file.setText(picked.getPath());
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value, step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    /** @return the folder of the last export, else the working directory */
    static Path lastFolder() {
        Preferences preferences = preferences();
        String stored = preferences == null ? null : preferences.get(LAST_FOLDER, null);
        Path folder = stored == null ? null : Path.of(stored);
        return folder != null && folder.toFile().isDirectory() ? folder : Path.of("").toAbsolutePath();
    }

    private static void rememberFolder(Path file) {
        Preferences preferences = preferences();
        Path folder = file.toAbsolutePath().getParent();
        if (preferences != null && folder != null) preferences.put(LAST_FOLDER, folder.toString());
    }

    /** @return the user's preferences; none in tests, which must not read or change them */
    private static Preferences preferences() {
        return WorkbenchApp.userPreferences();
    }
}
