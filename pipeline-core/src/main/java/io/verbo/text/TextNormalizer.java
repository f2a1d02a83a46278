package io.verbo.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalisation step of the {@link Tokenizer}: Unicode NFKC, then optional lower-casing with
 * {@link Locale#ROOT}, then optional accent stripping (see {@link TokenizerOptions}).
 *
 * <p>Most input is plain ASCII or Latin-1 text that is already NFKC and has nothing to strip, so
 * both steps start with a scan against tables of the code units below U+0300 and return the input
 * string itself when nothing changes; {@link Normalizer} is only called when a code unit outside
 * those tables is seen.
 *
 * <p>Stateless utility; the tables are built once, when the class is initialised, and never
 * written afterwards, so all methods are thread-safe.
 */
final class TextNormalizer {

    /** Size of the Latin tables: the code units below the combining diacritical marks. */
    private static final int LATIN_END = 0x300;

    /** {@code NFKC_SAFE[c]}: a char below U+0300 that is NFKC-invariant and never composes. */
    private static final boolean[] NFKC_SAFE = new boolean[LATIN_END];

    /** {@code STRIP_LATIN[c]}: the accent-stripped form of a char below U+0300 (one char). */
    private static final char[] STRIP_LATIN = new char[LATIN_END];

    static {
        for (int c = 0; c < LATIN_END; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            boolean onlyMarks = base < LATIN_END;
            for (int k = 1; k < d.length(); k++) {
                onlyMarks &= Character.getType(d.charAt(k)) == Character.NON_SPACING_MARK;
            }
            STRIP_LATIN[c] = onlyMarks ? base : (char) c;
            NFKC_SAFE[c] = Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC);
        }
    }

    private TextNormalizer() {
    }

    /**
     * Normalises a non-empty text: NFKC (skipped when it is already NFKC), then the options. The
     * result is not re-normalised after the options are applied.
     *
     * @param s            the text
     * @param lowercase    whether to lower-case with {@link Locale#ROOT}
     * @param stripAccents whether to strip accents, see {@link #stripAccents(String)}
     * @return the normalised text, {@code s} itself when nothing changes
     */
    static String normalize(String s, boolean lowercase, boolean stripAccents) {
        if (!isNfkc(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        if (lowercase) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (stripAccents) {
            s = stripAccents(s);
        }
        return s;
    }

    /**
     * Whether {@code s} is in NFKC, answered from a table when all its code units are below
     * U+0300.
     *
     * @param s the text
     * @return whether NFKC normalisation would leave {@code s} unchanged
     */
    static boolean isNfkc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= LATIN_END || !NFKC_SAFE[c]) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
            }
        }
        return true;
    }

    /**
     * Removes accents: decomposes (NFD), drops every non-spacing mark except variation selectors
     * and recomposes (NFC). Text below U+0300 takes a table-driven fast path with the same result.
     *
     * @param s the text
     * @return the text without accents, {@code s} itself when it has no character from U+00C0
     */
    static String stripAccents(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0xC0) {
            i++;
        }
        if (i == n) {
            return s; // no character below U+00C0 has a canonical decomposition or is a mark
        }
        int j = i;
        while (j < n && s.charAt(j) < LATIN_END) {
            j++;
        }
        if (j == n) {
            // Latin fast path: every char below U+0300 maps to exactly one char (NFC output).
            char[] out = s.toCharArray();
            for (int k = i; k < n; k++) {
                out[k] = STRIP_LATIN[out[k]];
            }
            return new String(out);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0, m = d.length(); k < m; ) {
            int cp = d.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK
                    || CharClass.isVariationSelector(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        String r = sb.toString();
        return Normalizer.isNormalized(r, Normalizer.Form.NFC)
                ? r : Normalizer.normalize(r, Normalizer.Form.NFC);
    }
}
