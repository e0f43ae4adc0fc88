package io.cliqmigrate.core.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time (SIMD within a register): a byte array read as longs, and a test for a zero byte in one, for
 * the loops that look at every byte of every file.
 */
final class Swar {
    /** The bytes of an array from any offset, as a little-endian long. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** {@code b * ONES} repeats the byte {@code b} in all eight bytes of a long. */
    static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Swar() {}

    /**
     * Non-zero when a byte of {@code v} is zero (it may also flag a byte above a zero one: callers look at such a
     * block more closely, or only ask whether there is one).
     */
    static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    static long longAt(byte[] bytes, int offset) {
        return (long) LONGS.get(bytes, offset);
    }
}
