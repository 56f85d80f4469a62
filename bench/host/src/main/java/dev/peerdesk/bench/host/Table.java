package dev.peerdesk.bench.host;

import java.util.Arrays;
import java.util.List;

/** Prints aligned tables for the closing note. */
final class Table {
    private Table() {}

    static double medianMillis(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    /** The fastest run: on a shared, loaded machine the least disturbed estimate of the work itself. */
    static double minMillis(long[] nanos) {
        long m = Long.MAX_VALUE;
        for (long n : nanos) {
            m = Math.min(m, n);
        }
        return m / 1e6;
    }

    /** "min / median" in ms. */
    static String minMedian(long[] nanos) {
        return String.format("%.2f / %.2f", minMillis(nanos), medianMillis(nanos));
    }

    static void print(String title, String[] header, List<String[]> rows) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            w[i] = header[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        System.out.println();
        System.out.println(title);
        StringBuilder sep = new StringBuilder("|");
        System.out.println(line(header, w));
        for (int x : w) {
            sep.append("-".repeat(x + 2)).append('|');
        }
        System.out.println(sep);
        for (String[] r : rows) {
            System.out.println(line(r, w));
        }
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(String.format("%-" + w[i] + "s", cells[i])).append(" |");
        }
        return b.toString();
    }
}
