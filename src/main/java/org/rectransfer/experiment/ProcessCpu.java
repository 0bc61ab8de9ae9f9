package org.rectransfer.experiment;

import java.lang.management.ManagementFactory;

/** The CPU time this process has used, every thread together, as the JVM's platform bean reports it. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** @return nanoseconds of CPU time so far, or -1 where the JVM cannot tell */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
