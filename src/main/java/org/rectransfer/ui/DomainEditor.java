package org.rectransfer.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;

/**
 * The domains screen's editor: the selected domain and the format and filter being edited for it,
 * filled from its settings whenever another domain is selected. FX thread only.
 */
final class DomainEditor {
    private final ObjectProperty<DomainRow> selected;
    private final ObjectProperty<DataFormat> editFormat;
    private final IntegerProperty editMinUser;
    private final IntegerProperty editMinItem;
    private final BooleanProperty editKcore;

    /** @param bean the view model whose properties these are */
    DomainEditor(Object bean) {
        selected = new SimpleObjectProperty<>(bean, "selected");
        editFormat = new SimpleObjectProperty<>(bean, "editFormat", DataFormat.AUTO);
        editMinUser = new SimpleIntegerProperty(bean, "editMinUser", FilterSpec.DEFAULT.minUser());
        editMinItem = new SimpleIntegerProperty(bean, "editMinItem", FilterSpec.DEFAULT.minItem());
        editKcore = new SimpleBooleanProperty(bean, "editKcore", FilterSpec.DEFAULT.kcore());
        selected.addListener((o, before, row) -> {
            if (row == null) return;
            editFormat.set(row.settings().format());
            editMinUser.set(row.settings().filter().minUser());
            editMinItem.set(row.settings().filter().minItem());
            editKcore.set(row.settings().filter().kcore());
        });
    }

    /** @return the settings edited; negative minimums count as 0 */
    DomainSettings settings() {
        return new DomainSettings(editFormat.get(),
                new FilterSpec(Math.max(0, editMinUser.get()), Math.max(0, editMinItem.get()), editKcore.get()));
    }

    ObjectProperty<DomainRow> selectedProperty() { return selected; }
    ObjectProperty<DataFormat> editFormatProperty() { return editFormat; }
    IntegerProperty editMinUserProperty() { return editMinUser; }
    IntegerProperty editMinItemProperty() { return editMinItem; }
    BooleanProperty editKcoreProperty() { return editKcore; }
}
