package org.rectransfer.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench's domain list in the workspace: one row per file, settings replaced, removal leaves the file. */
class SavedDomainsTest {
    @TempDir
    Path root;

    @Test
    void savesReplacesTheSettingsOfAListedPathAndRemoves() {
        Path ws = root.resolve("ws");
        Path office = root.resolve("data/Office-2014.tsv.gz");
        Path book = root.resolve("data/../data/Book.csv");
        try (Workspace store = Workspace.open(ws)) {
            SavedDomains.save(store, new SavedDomain(office, "Office", DataFormat.AUTO, FilterSpec.DEFAULT, "2026-01-01T00:00:00Z"));
            SavedDomains.save(store, new SavedDomain(book, "Book", DataFormat.AMAZON_CSV, new FilterSpec(5, 2, true), "2026-01-02T00:00:00Z"));
            SavedDomains.save(store, new SavedDomain(office, "Office", DataFormat.DELIMITED, new FilterSpec(10, 0, false), "2026-03-01T00:00:00Z"));
        }
        try (Workspace store = Workspace.open(ws)) {
            assertThat(SavedDomains.list(store)).containsExactly(
                    new SavedDomain(office.toAbsolutePath().normalize(), "Office", DataFormat.DELIMITED, new FilterSpec(10, 0, false),
                            "2026-01-01T00:00:00Z"),
                    new SavedDomain(book.toAbsolutePath().normalize(), "Book", DataFormat.AMAZON_CSV, new FilterSpec(5, 2, true),
                            "2026-01-02T00:00:00Z"));
            assertThat(SavedDomains.remove(store, root.resolve("data/./Office-2014.tsv.gz"))).isTrue();
            assertThat(SavedDomains.remove(store, office)).isFalse();
            assertThat(SavedDomains.list(store)).extracting(SavedDomain::name).containsExactly("Book");
        }
    }

    @Test
    void anOlderWorkspaceGainsTheTableOnOpenWithoutAVersionChange() throws Exception {
        Path ws = V3Workspace.create(root.resolve("v3"));
        try (Workspace store = Workspace.openReadOnly(ws)) {
            assertThat(SavedDomains.list(store)).isEmpty();   // read-only: no table, no list, no error
        }
        try (Workspace store = Workspace.open(ws)) {
            assertThat(SavedDomains.list(store)).isEmpty();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("workspace.db"));
             Statement statement = db.createStatement();
             ResultSet version = statement.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).isEqualTo(String.valueOf(Schema.VERSION));
            try (ResultSet table = db.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE name = 'domains'")) {
                assertThat(table.next()).isTrue();
            }
        }
    }
}
