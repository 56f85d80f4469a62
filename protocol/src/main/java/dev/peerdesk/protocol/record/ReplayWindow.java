package dev.peerdesk.protocol.record;

/**
 * Sliding anti-replay window for unordered channels (the RFC 4303 section 3.4.3 / RFC 6347
 * section 4.1.2.6 scheme): sequence numbers above the highest seen are new; within
 * {@link #SIZE} below it a bitmap says which were seen; older ones are refused. Sequence numbers
 * are unsigned 64-bit values.
 */
public final class ReplayWindow {
    /** Records that may arrive this far behind the newest and still be accepted. */
    public static final int SIZE = 1024;

    private final long[] bits = new long[SIZE / 64];
    private long highest = -1;
    private boolean any;

    /** Whether {@code sequence} would be fresh (call before decrypting, to skip work). */
    public boolean isFresh(long sequence) {
        if (!any || Long.compareUnsigned(sequence, highest) > 0) {
            return true;
        }
        long behind = highest - sequence;
        if (Long.compareUnsigned(behind, SIZE) >= 0) {
            return false;
        }
        return !get(sequence);
    }

    /** Marks {@code sequence} seen; call only after its record authenticated. */
    public void mark(long sequence) {
        if (!any || Long.compareUnsigned(sequence, highest) > 0) {
            long advance = any ? sequence - highest : SIZE;
            if (Long.compareUnsigned(advance, SIZE) >= 0) {
                java.util.Arrays.fill(bits, 0);
            } else {
                for (long s = highest + 1; s != sequence; s++) {
                    clear(s);
                }
            }
            highest = sequence;
            any = true;
        }
        set(sequence);
    }

    private boolean get(long s) {
        int i = (int) (s & (SIZE - 1));
        return (bits[i >>> 6] & (1L << (i & 63))) != 0;
    }

    private void set(long s) {
        int i = (int) (s & (SIZE - 1));
        bits[i >>> 6] |= 1L << (i & 63);
    }

    private void clear(long s) {
        int i = (int) (s & (SIZE - 1));
        bits[i >>> 6] &= ~(1L << (i & 63));
    }
}
