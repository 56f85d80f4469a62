package dev.peerdesk.protocol.tiles;

/**
 * Raw DEFLATE (RFC 1951) decompression in plain Java, because the viewer runs under TeaVM where
 * java.util.zip has no native zlib. Follows zlib's reference decoder puff.c: canonical Huffman
 * codes decoded bit by bit, which is short and easy to check, and fast enough for screen
 * messages of at most 256 KiB. Output is capped (a tiny message cannot inflate into gigabytes) and
 * every malformed input is a {@link TileFormatException}.
 */
final class Inflater {
    private static final short[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final byte[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final byte[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};
    private static final byte[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private final byte[] in;
    private final int end;
    private int pos;
    private int bitBuf;
    private int bitCount;
    private byte[] out;
    private int outLen;
    private final int maxOut;

    private Inflater(byte[] in, int offset, int length, int maxOut) {
        this.in = in;
        this.pos = offset;
        this.end = offset + length;
        this.maxOut = maxOut;
        this.out = new byte[Math.min(maxOut, Math.max(64, length * 4))];
    }

    /** Inflates {@code in[offset, offset+length)}; more than {@code maxOut} output bytes is an error. */
    static byte[] inflate(byte[] in, int offset, int length, int maxOut) throws TileFormatException {
        Inflater z = new Inflater(in, offset, length, maxOut);
        boolean last;
        do {
            last = z.bits(1) == 1;
            int type = z.bits(2);
            switch (type) {
                case 0 -> z.stored();
                case 1 -> z.fixed();
                case 2 -> z.dynamic();
                default -> throw new TileFormatException("deflate: block type 3");
            }
        } while (!last);
        int unread = z.end - z.pos + z.bitCount / 8; // whole bytes read ahead were not used
        if (unread != 0) {
            throw new TileFormatException("deflate: " + unread + " bytes after the last block");
        }
        return java.util.Arrays.copyOf(z.out, z.outLen);
    }

    private int bits(int need) throws TileFormatException {
        int val = bitBuf;
        while (bitCount < need) {
            if (pos == end) {
                throw new TileFormatException("deflate: input ends inside a block");
            }
            val |= (in[pos++] & 0xff) << bitCount; // bitCount < 16 here: no overflow
            bitCount += 8;
        }
        bitBuf = val >>> need;
        bitCount -= need;
        return val & ((1 << need) - 1);
    }

    private void put(int b) throws TileFormatException {
        if (outLen == out.length) {
            if (outLen == maxOut) {
                throw new TileFormatException("deflate: output exceeds " + maxOut + " bytes");
            }
            out = java.util.Arrays.copyOf(out, (int) Math.min(maxOut, 2L * out.length));
        }
        out[outLen++] = (byte) b;
    }

    private void stored() throws TileFormatException {
        // A stored block starts at the next byte boundary: drop the partial byte and give back
        // whole bytes the fast Huffman path read ahead.
        pos -= bitCount / 8;
        bitBuf = 0;
        bitCount = 0;
        if (end - pos < 4) {
            throw new TileFormatException("deflate: stored block header cut");
        }
        int len = (in[pos] & 0xff) | (in[pos + 1] & 0xff) << 8;
        int nlen = (in[pos + 2] & 0xff) | (in[pos + 3] & 0xff) << 8;
        pos += 4;
        if (len != (~nlen & 0xffff)) {
            throw new TileFormatException("deflate: stored length check failed");
        }
        if (end - pos < len) {
            throw new TileFormatException("deflate: stored block cut");
        }
        for (int i = 0; i < len; i++) {
            put(in[pos++]);
        }
    }

    private int decode(Huffman h) throws TileFormatException {
        while (bitCount < Huffman.FAST_BITS && pos < end) {
            bitBuf |= (in[pos++] & 0xff) << bitCount; // bitCount < 9: no overflow
            bitCount += 8;
        }
        int entry = h.fast[bitBuf & ((1 << Huffman.FAST_BITS) - 1)];
        int len = entry & 15;
        if (entry != 0 && len <= bitCount) {
            bitBuf >>>= len;
            bitCount -= len;
            return entry >>> 4;
        }
        return decodeSlow(h);
    }

    private int decodeSlow(Huffman h) throws TileFormatException {
        int code = 0;
        int first = 0;
        int index = 0;
        for (int len = 1; len <= Huffman.MAX_BITS; len++) {
            code |= bits(1);
            int count = h.count[len];
            if (code - count < first) {
                return h.symbol[index + (code - first)];
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        throw new TileFormatException("deflate: no such Huffman code");
    }

    private void codes(Huffman lencode, Huffman distcode) throws TileFormatException {
        while (true) {
            int symbol = decode(lencode);
            if (symbol < 256) {
                put(symbol);
            } else if (symbol == 256) {
                return;
            } else {
                symbol -= 257;
                if (symbol >= 29) {
                    throw new TileFormatException("deflate: bad length symbol");
                }
                int len = LENGTH_BASE[symbol] + bits(LENGTH_EXTRA[symbol]);
                symbol = decode(distcode);
                if (symbol >= 30) {
                    throw new TileFormatException("deflate: bad distance symbol");
                }
                int dist = DIST_BASE[symbol] + bits(DIST_EXTRA[symbol]);
                if (dist > outLen) {
                    throw new TileFormatException("deflate: distance " + dist + " before the start");
                }
                for (int i = 0; i < len; i++) {
                    put(out[outLen - dist]);
                }
            }
        }
    }

    private void fixed() throws TileFormatException {
        short[] lengths = new short[288 + 30];
        for (int s = 0; s < 288; s++) {
            lengths[s] = (short) (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8);
        }
        for (int s = 288; s < 318; s++) {
            lengths[s] = 5;
        }
        Huffman lencode = new Huffman(288);
        Huffman distcode = new Huffman(30);
        lencode.build(lengths, 0, 288);
        distcode.build(lengths, 288, 30);
        codes(lencode, distcode);
    }

    private void dynamic() throws TileFormatException {
        int nlen = bits(5) + 257;
        int ndist = bits(5) + 1;
        int ncode = bits(4) + 4;
        if (nlen > 286 || ndist > 30) {
            throw new TileFormatException("deflate: bad code counts");
        }
        short[] lengths = new short[316];
        for (int i = 0; i < ncode; i++) {
            lengths[CODE_LENGTH_ORDER[i]] = (short) bits(3);
        }
        Huffman lencode = new Huffman(286);
        if (lencode.build(lengths, 0, 19) != 0) {
            throw new TileFormatException("deflate: incomplete code-length code");
        }
        java.util.Arrays.fill(lengths, (short) 0);
        int index = 0;
        while (index < nlen + ndist) {
            int symbol = decode(lencode);
            if (symbol < 16) {
                lengths[index++] = (short) symbol;
                continue;
            }
            short len = 0;
            int repeat;
            if (symbol == 16) {
                if (index == 0) {
                    throw new TileFormatException("deflate: repeat with no previous length");
                }
                len = lengths[index - 1];
                repeat = 3 + bits(2);
            } else if (symbol == 17) {
                repeat = 3 + bits(3);
            } else {
                repeat = 11 + bits(7);
            }
            if (index + repeat > nlen + ndist) {
                throw new TileFormatException("deflate: too many code lengths");
            }
            while (repeat-- > 0) {
                lengths[index++] = len;
            }
        }
        if (lengths[256] == 0) {
            throw new TileFormatException("deflate: no end-of-block code");
        }
        int err = lencode.build(lengths, 0, nlen);
        if (err < 0 || (err > 0 && nlen - lencode.count[0] != 1)) {
            throw new TileFormatException("deflate: bad literal/length code");
        }
        Huffman distcode = new Huffman(30);
        err = distcode.build(lengths, nlen, ndist);
        if (err < 0 || (err > 0 && ndist - distcode.count[0] != 1)) {
            throw new TileFormatException("deflate: bad distance code");
        }
        codes(lencode, distcode);
    }
}
