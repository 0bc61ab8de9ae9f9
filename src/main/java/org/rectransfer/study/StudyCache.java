package org.rectransfer.study;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rectransfer.analysis.ImportanceResult;

/**
 * What a session of transfer studies keeps (the workbench keeps one), so that changing only the plan retrains only the
 * transfer: the runs already trained by (role, file, seed, epochs), and the neuron importance of
 * each source run. Thread-safe: filled by the training thread, kept by the view model.
 */
public final class StudyCache {
    private final Map<String, String> runs = new ConcurrentHashMap<>();
    private final Map<String, ImportanceResult> importance = new ConcurrentHashMap<>();

    /** @return the run id trained for {@code key}, or null */
    String run(String key) { return runs.get(key); }

    void putRun(String key, String runId) { runs.put(key, runId); }

    /** @return the importance measured for a source run, or null */
    ImportanceResult importance(String sourceRun) { return importance.get(sourceRun); }

    void putImportance(String sourceRun, ImportanceResult result) { importance.put(sourceRun, result); }
}
