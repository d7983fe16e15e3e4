package org.cadre.congress.internal.proposals;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two Chinese texts are: the Jaccard index of their character bigrams (two characters side by side),
 * punctuation and spaces dropped. A reworded proposal about the same matter shares most of its bigrams (食堂, 夜班,
 * 班车…) with its earlier twin. pg_trgm was not used: it keeps only characters the database's locale calls letters,
 * which for Chinese depends on how the server was initialised.
 */
final class Similarity {

    private Similarity() {
    }

    static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        int[] chars = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            grams.add(new String(chars, i, 2));
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    static double of(String a, String b) {
        return jaccard(bigrams(a), bigrams(b));
    }
}
