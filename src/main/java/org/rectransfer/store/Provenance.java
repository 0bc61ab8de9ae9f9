package org.rectransfer.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What produced a run, beyond its settings: versions, machine, command line (or workbench action). */
public final class Provenance {
    private static final String HOST = findHost();

    private Provenance() { }

    /** @return this machine's name, as runs record it (to tell this machine's dead processes from others') */
    public static String host() {
        return HOST;
    }

    private static String findHost() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env.strip();
        try {
            String file = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
            if (!file.isEmpty()) return file;
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or unreadable: ask the network stack
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * @param commandLine the arguments of the command, or for the workbench a description of the
     *                    action ({@code workbench transfer ...})
     * @return versions, operating system, cores, host and process id, and the command line, in a
     *         stable key order
     */
    public static Map<String, Object> of(List<String> commandLine) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        BuildInfo build = BuildInfo.current();
        provenance.put("rectransfer", build.version());
        provenance.put("java", System.getProperty("java.version"));
        provenance.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        provenance.put("cores", Runtime.getRuntime().availableProcessors());
        provenance.put("dl4j", build.dl4j());
        provenance.put("host", HOST);
        provenance.put("pid", ProcessHandle.current().pid());
        // With the pid, this tells a dead run's process from a new one that got its pid (PID 1 in containers).
        ProcessHandle.current().info().startInstant().ifPresent(start -> provenance.put("processStart", start.toString()));
        provenance.put("commandLine", commandLine);
        return provenance;
    }
}
