package io.github.cpaudit.explain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The known names nearest to a mistyped one, for a message that says what was meant. */
final class CloseMatches {

    private static final int SHOWN = 8;

    private CloseMatches() {
    }

    /**
     * The names that contain the asked one first, then the others by how many characters they
     * differ from it; at most a few.
     */
    static List<String> of(String asked, Collection<String> known) {
        return known.stream().sorted(Comparator.comparing((String name) -> !name.contains(asked))
                .thenComparingInt(name -> distance(asked, name))).limit(SHOWN).toList();
    }

    /** The Levenshtein distance between the two, in code points (Chinese names count a character as one). */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
