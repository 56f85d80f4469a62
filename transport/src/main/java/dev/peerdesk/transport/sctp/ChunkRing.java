package dev.peerdesk.transport.sctp;

/**
 * Growable circular array of outstanding chunks in TSN order. TSNs in it are consecutive, so the chunk
 * for a TSN is found by offset from the head in O(1): SACK processing never scans for a TSN.
 */
final class ChunkRing {
    private OutChunk[] items = new OutChunk[64];
    private int head;
    private int size;

    int size() {
        return size;
    }

    OutChunk get(int index) {
        return items[(head + index) & (items.length - 1)];
    }

    void addLast(OutChunk c) {
        if (size == items.length) {
            OutChunk[] bigger = new OutChunk[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = c;
        size++;
    }

    OutChunk removeFirst() {
        OutChunk c = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return c;
    }
}
