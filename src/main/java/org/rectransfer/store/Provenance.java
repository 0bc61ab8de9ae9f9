package org.rectransfer.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What produced a run, beyond its settings: versions, machine, command line (or workbench action). */
public final class Provenance {
    private Provenance() { }

    /**
     * @param commandLine the arguments of the command, or for the workbench a description of the
     *                    action ({@code workbench transfer ...})
     * @return versions, operating system, cores and the command line, in a stable key order
     */
    public static Map<String, Object> of(List<String> commandLine) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        String version = Provenance.class.getPackage().getImplementationVersion();
        provenance.put("rectransfer", version == null ? "development" : version);
        provenance.put("java", System.getProperty("java.version"));
        provenance.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        provenance.put("cores", Runtime.getRuntime().availableProcessors());
        provenance.put("dl4j", "1.0.0-M2.1");
        provenance.put("commandLine", commandLine);
        return provenance;
    }
}
