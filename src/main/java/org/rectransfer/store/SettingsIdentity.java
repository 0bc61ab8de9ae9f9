package org.rectransfer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What of a run's stored settings decides its model and its result: the settings JSON without the
 * thread count, which says how many threads ranked the held-out items (every user's rank is the
 * same whatever the split) and ran each training step (a data-parallel step sums the same
 * gradients in another order: the models differ only by float rounding, see
 * {@link org.rectransfer.train.NcfEngine} §Threads, so they are interchangeable), and without
 * how often the test items were also ranked during training ({@code evalEvery}: the epochs' test
 * HR, never the model or the final result). Two runs with the same identity, data bytes and seed
 * are interchangeable, so a model can be reused across front ends that differ only in these.
 */
final class SettingsIdentity {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingsIdentity() { }

    /** @return {@code settingsJson} without {@code training.threads} and {@code training.evalEvery}; the text itself when it is not JSON */
    static String of(String settingsJson) {
        if (settingsJson == null) return "";
        try {
            JsonNode tree = JSON.readTree(settingsJson);
            if (tree != null && tree.get("training") instanceof ObjectNode training) {
                training.remove("threads");
                training.remove("evalEvery");
            }
            return JSON.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return settingsJson;
        }
    }
}
