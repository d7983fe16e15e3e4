package org.cadre.congress.internal.proposals;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two Chinese texts are: the Jaccard index of their character bigrams (two characters side by side),
 * punctuation and spaces dropped. A reworded proposal about the same matter shares most of its bigrams (食堂, 夜班,
 * 班车…) with its earlier twin. pg_trgm was tried first: on a C.UTF-8 database it does keep Chinese characters, but
 * a run of Chinese text has no spaces, so it counts as one word and its trigrams are three characters in a row; any
 * rewording breaks them (similarity 0.07 between "关于改善夜班职工食堂伙食的建议" and "建议改善职工食堂夜班伙食质量",
 * against 0.35 here). The candidates are bounded (the newest earlier proposals of the term), so Java does it.
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
