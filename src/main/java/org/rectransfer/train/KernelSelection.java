package org.rectransfer.train;

/**
 * Which implementation of the dense products runs, decided once per JVM: {@link VectorKernels}
 * when the {@code jdk.incubator.vector} module is in the boot layer (the launcher adds it) and
 * gives at least 256-bit vectors in hardware (512 with AVX-512), otherwise {@link BlockedKernels}. Spark executors, IDE runs
 * and tests that start a plain {@code java -cp} get the scalar path without any incubator class
 * being loaded. Both give the same bits; {@code -Drectransfer.kernels=scalar} forces the scalar
 * path (to compare the two).
 */
final class KernelSelection {
    /** The property that forces the scalar path with the value {@code scalar}. */
    static final String PROPERTY = "rectransfer.kernels";
    /** True when {@link Kernels} delegates to {@link VectorKernels}. */
    static final boolean VECTOR = vectorUsable();

    private KernelSelection() {
    }

    /** @return "vector" or "scalar", for logs and benchmarks */
    static String name() {
        return VECTOR ? "vector" : "scalar";
    }

    /** @return the vector kernels' width in bits (256 or 512), 0 when the scalar path runs */
    static int vectorBits() {
        return VECTOR ? VectorKernels.bits() : 0;
    }

    private static boolean vectorUsable() {
        if ("scalar".equals(System.getProperty(PROPERTY))) {
            return false;
        }
        // Checked before any jdk.incubator class is touched: without the module, linking one
        // would throw NoClassDefFoundError.
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        return VectorProbe.hardwareBits() >= 256;
    }

    /** Kept apart so that its reference to the Vector API is only linked when the module is there. */
    private static final class VectorProbe {
        static int hardwareBits() {
            // Without AVX2 (or on a JIT without the intrinsics) 256-bit vectors are emulated,
            // far slower than the scalar loops.
            return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
        }
    }
}
