package org.rectransfer.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunSettings;
import org.rectransfer.store.StoredRun;

/** Rebuilds what a stored run was trained on: its settings and its prepared domain. */
final class StoredRunSettings {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredRunSettings() { }

    static RunSettings of(StoredRun run) {
        try {
            return JSON.readValue(run.settingsJson(), RunSettings.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("run " + run.id() + " has unreadable settings: " + e.getOriginalMessage());
        }
    }

    /** @return the run's domain, split and candidates, exactly as when it was trained */
    static PreparedDomain domain(StoredRun run) {
        RunSettings settings = of(run);
        return DomainPreparation.prepare(DomainSource.parse(run.dataFile()), settings.read(), settings.filter(), settings.training());
    }
}
