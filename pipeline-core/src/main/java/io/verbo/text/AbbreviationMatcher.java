package io.verbo.text;

/**
 * Matches a dotted abbreviation: two to eight segments of one or two letters, each followed by a
 * dot, not followed by a letter or digit; the final dot is part of the token. This keeps
 * {@code e.g.}, {@code i.e.}, {@code U.S.A.}, {@code EE.UU.} and {@code a.m.} whole.
 *
 * <p>Single-segment abbreviations ({@code Mr.}, {@code etc.}) are not matched: their dot cannot be
 * told from a full stop without a word list, so they are split like any word before a full stop.
 * Letters are accepted only from the Basic Multilingual Plane.
 *
 * <p>Stateless utility, thread-safe, allocation-free.
 */
final class AbbreviationMatcher {

    /** Maximum number of segments of a dotted abbreviation. */
    private static final int MAX_SEGMENTS = 8;

    private AbbreviationMatcher() {
    }

    /**
     * End of a dotted abbreviation starting at {@code i}.
     *
     * @param s the normalised text
     * @param i start of a word
     * @param n length of {@code s}
     * @return the exclusive end of the abbreviation (just after its last dot), or -1 if none
     *         starts at {@code i}
     */
    static int end(String s, int i, int n) {
        int p = i;
        int segments = 0;
        while (segments < MAX_SEGMENTS) {
            int q = p;
            while (q < n && q - p < 3 && CharClass.ofUnit(s.charAt(q)) == CharClass.LETTER) {
                q++;
            }
            int len = q - p;
            if (len < 1 || len > 2 || q >= n || s.charAt(q) != '.') {
                break;
            }
            segments++;
            p = q + 1;
        }
        if (segments < 2 || (p < n && CharClass.isAlnum(CharClass.at(s, p)))) {
            return -1;
        }
        return p;
    }
}
