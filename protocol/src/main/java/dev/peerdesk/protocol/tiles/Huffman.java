package dev.peerdesk.protocol.tiles;

/**
 * A canonical Huffman code of DEFLATE (RFC 1951 section 3.2.2) for {@link Inflater}: how many codes
 * there are of each length, the symbols in code order, and a look-up table for the short codes.
 */
final class Huffman {
    static final int MAX_BITS = 15;
    /** Codes up to this many bits decode with one table look-up; longer ones bit by bit. */
    static final int FAST_BITS = 9;

    final short[] count = new short[MAX_BITS + 1];
    final short[] symbol;
    /** Indexed by the next FAST_BITS input bits: (symbol << 4 | length), or 0 for "longer code". */
    final int[] fast = new int[1 << FAST_BITS];

    Huffman(int symbols) {
        symbol = new short[symbols];
    }

    /** Builds from code lengths; returns 0 if complete, > 0 if incomplete, < 0 if over-subscribed. */
    int build(short[] lengths, int offset, int n) {
        java.util.Arrays.fill(count, (short) 0);
        for (int s = 0; s < n; s++) {
            count[lengths[offset + s]]++;
        }
        if (count[0] == n) {
            java.util.Arrays.fill(fast, 0);
            return 0; // no codes: complete, but decoding anything will fail
        }
        int left = 1;
        for (int len = 1; len <= MAX_BITS; len++) {
            left <<= 1;
            left -= count[len];
            if (left < 0) {
                return left;
            }
        }
        short[] offs = new short[MAX_BITS + 1];
        for (int len = 1; len < MAX_BITS; len++) {
            offs[len + 1] = (short) (offs[len] + count[len]);
        }
        for (int s = 0; s < n; s++) {
            if (lengths[offset + s] != 0) {
                symbol[offs[lengths[offset + s]]++] = (short) s;
            }
        }
        buildFast();
        return left;
    }

    /** Canonical codes are assigned in symbol[] order; DEFLATE sends them most significant bit first. */
    private void buildFast() {
        java.util.Arrays.fill(fast, 0);
        int code = 0;
        int index = 0;
        for (int len = 1; len <= FAST_BITS; len++) {
            for (int i = 0; i < count[len]; i++, index++, code++) {
                int reversed = Integer.reverse(code) >>> (32 - len);
                for (int fill = reversed; fill < fast.length; fill += 1 << len) {
                    fast[fill] = symbol[index] << 4 | len;
                }
            }
            code <<= 1;
        }
    }
}
