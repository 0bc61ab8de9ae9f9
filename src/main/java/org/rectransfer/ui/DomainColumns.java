package org.rectransfer.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.rectransfer.data.DomainStats;

import java.util.function.Function;

/** Column factories of the domains table: plain text, counts and percentages. */
final class DomainColumns {
    private DomainColumns() { }

    /** @return a text column showing {@code value} of each row */
    static <T> TableColumn<DomainRow, T> text(String id, String title, double width, Function<DomainRow, T> value) {
        TableColumn<DomainRow, T> column = column(id, title, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** @return a right-aligned count column, empty on failed rows */
    static TableColumn<DomainRow, Integer> count(String id, String title, Function<DomainRow, DomainStats> stats,
                                                 Function<DomainStats, Integer> value) {
        TableColumn<DomainRow, Integer> column = numeric(id, title, widthFor(title), stats, value);
        column.setCellFactory(c -> formatted(n -> String.format("%,d", n)));
        return column;
    }

    /** Room for the longest header, "Interactions", without an ellipsis. */
    private static double widthFor(String title) {
        return title.length() > 6 ? 112 : 84;
    }

    /** @return a right-aligned sparsity column in percent, empty on failed rows */
    static TableColumn<DomainRow, Double> sparsity(String id, Function<DomainRow, DomainStats> stats) {
        TableColumn<DomainRow, Double> column = numeric(id, "Sparsity", 96, stats, DomainStats::sparsity);
        column.setCellFactory(c -> formatted(s -> String.format("%.3f %%", 100 * s)));
        return column;
    }

    /** @return a header spanning {@code children} */
    @SafeVarargs
    static TableColumn<DomainRow, ?> group(String title, TableColumn<DomainRow, ?>... children) {
        TableColumn<DomainRow, ?> group = new TableColumn<>(title);
        group.getStyleClass().add("group");
        group.getColumns().addAll(children);
        return group;
    }

    private static <T> TableColumn<DomainRow, T> numeric(String id, String title, double width,
                                                         Function<DomainRow, DomainStats> stats,
                                                         Function<DomainStats, T> value) {
        TableColumn<DomainRow, T> column = column(id, title, width);
        column.getStyleClass().add("numeric");
        column.setCellValueFactory(cell -> {
            DomainStats of = stats.apply(cell.getValue());
            return new ReadOnlyObjectWrapper<>(of == null ? null : value.apply(of));
        });
        return column;
    }

    private static <T> TableColumn<DomainRow, T> column(String id, String title, double width) {
        TableColumn<DomainRow, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        return column;
    }

    private static <T> TableCell<DomainRow, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
