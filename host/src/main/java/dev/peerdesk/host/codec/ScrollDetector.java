package dev.peerdesk.host.codec;

import dev.peerdesk.host.screen.Rect;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a vertical scroll inside a changed region by matching row hashes of the viewer's image
 * against the new one (the idea of RFB CopyRect detection). A scrolled terminal page then costs a
 * COPY and one new line instead of a full repaint.
 */
final class ScrollDetector {
    /** A band of {@code height} rows at {@code targetY} equal to the old rows at {@code sourceY}. */
    record Scroll(int x, int width, int sourceY, int targetY, int height) {}

    private static final int MIN_ROWS = 32;

    /**
     * @param old the viewer's image, {@code width} ints per row
     * @param now the new image, {@code stride} ints per row
     * @return the longest verified band moved by the most-voted offset, or null
     */
    Scroll find(int[] old, int width, int[] now, int stride, Rect region) {
        if (region.height() < 2 * MIN_ROWS || region.width() < 16) {
            return null;
        }
        int y0 = region.y();
        int h = region.height();
        long[] oldHash = new long[h];
        long[] newHash = new long[h];
        for (int r = 0; r < h; r++) {
            oldHash[r] = rowHash(old, (y0 + r) * width + region.x(), region.width());
            newHash[r] = rowHash(now, (y0 + r) * stride + region.x(), region.width());
        }
        // Only rows unique in the old image vote: blank lines would vote for every offset.
        Map<Long, Integer> unique = new HashMap<>();
        for (int r = 0; r < h; r++) {
            unique.merge(oldHash[r], r, (a, b) -> -1);
        }
        Map<Integer, Integer> votes = new HashMap<>();
        for (int r = 0; r < h; r++) {
            Integer from = unique.get(newHash[r]);
            if (from != null && from >= 0 && from != r && oldHash[r] != newHash[r]) {
                votes.merge(r - from, 1, Integer::sum);
            }
        }
        int bestDy = 0;
        int bestVotes = 0;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                bestVotes = e.getValue();
                bestDy = e.getKey();
            }
        }
        if (bestVotes < 4) {
            return null;
        }
        // Longest run of target rows whose content equals the old row bestDy above/below.
        int bestStart = 0;
        int bestLen = 0;
        int runStart = -1;
        for (int r = 0; r <= h; r++) {
            int from = r - bestDy;
            boolean same = r < h && from >= 0 && from < h && newHash[r] == oldHash[from]
                    && rowsEqual(now, (y0 + r) * stride + region.x(), old, (y0 + from) * width + region.x(),
                            region.width());
            if (same && runStart < 0) {
                runStart = r;
            } else if (!same && runStart >= 0) {
                if (r - runStart > bestLen) {
                    bestLen = r - runStart;
                    bestStart = runStart;
                }
                runStart = -1;
            }
        }
        if (bestLen < MIN_ROWS) {
            return null;
        }
        return new Scroll(region.x(), region.width(), y0 + bestStart - bestDy, y0 + bestStart, bestLen);
    }

    private static long rowHash(int[] px, int at, int n) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < n; i++) {
            h = (h ^ (px[at + i] & 0xffffff)) * 0x100000001b3L;
        }
        return h;
    }

    private static boolean rowsEqual(int[] a, int at, int[] b, int bt, int n) {
        for (int i = 0; i < n; i++) {
            if (((a[at + i] ^ b[bt + i]) & 0xffffff) != 0) {
                return false;
            }
        }
        return true;
    }
}
