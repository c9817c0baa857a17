package org.resulta.analytics.engine;

/**
 * Heap bytes of the engine's arrays and objects on a 64-bit JVM with compressed references (the default below
 * 32 GB of heap): 16-byte array headers, 12-byte object headers, sizes rounded up to 8 bytes.
 */
final class Footprint {

    static final int REFERENCE = 4;

    private Footprint() {
    }

    static long array(long length, int elementBytes) {
        return align(16 + length * elementBytes);
    }

    static long object(int fieldBytes) {
        return align(12 + fieldBytes);
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
