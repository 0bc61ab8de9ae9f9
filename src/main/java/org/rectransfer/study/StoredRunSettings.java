package org.rectransfer.study;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunSettings;
import org.rectransfer.store.StoredRun;

/** Rebuilds what a stored run was trained on: its settings and its prepared domain. */
public final class StoredRunSettings {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredRunSettings() { }

    /** @return the run's settings (training, filter, read options) as stored */
    public static RunSettings of(StoredRun run) {
        return of(run.id(), run.settingsJson());
    }

    /** @return the settings stored as {@code settingsJson} with run {@code runId} */
    public static RunSettings of(String runId, String settingsJson) {
        try {
            return JSON.readValue(settingsJson, RunSettings.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("run " + runId + " has unreadable settings: " + e.getOriginalMessage());
        }
    }

    /** @return the run's domain, split and candidates, exactly as when it was trained */
    public static PreparedDomain domain(StoredRun run) {
        RunSettings settings = of(run);
        return DomainPreparation.prepare(DomainSource.parse(run.dataFile()), settings.read(), settings.filter(), settings.training());
    }
}
