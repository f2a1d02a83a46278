package io.verbo.text;

/**
 * Matches emoji sequences, so that an emoji made of several code points is one token:
 * <ul>
 *   <li>an emoji base ({@link CharClass#isEmojiBase(int)}) with its skin-tone modifiers,
 *       variation selectors, keycap mark and tag characters, and any zero-width-joiner
 *       continuations with further emoji ({@code 👍🏽}, {@code ❤️}, {@code 👨‍👩‍👧}, the subdivision
 *       flag {@code 🏴󠁧󠁢󠁳󠁣󠁴󠁿});</li>
 *   <li>a flag: a pair of regional indicators ({@code 🇲🇽}); a lone regional indicator is one
 *       token;</li>
 *   <li>a keycap: a digit, {@code #} or {@code *}, an optional U+FE0F and U+20E3
 *       ({@code 1️⃣});</li>
 *   <li>a symbol in emoji presentation: any other symbol followed by U+FE0F ({@code ©️}).</li>
 * </ul>
 * Consecutive emoji without a joiner are separate tokens ({@code 😍😍} → {@code 😍 😍}): each is
 * a word of its own for the models downstream.
 *
 * <p>Stateless utility, thread-safe, allocation-free.
 */
final class EmojiMatcher {

    /** Zero-width joiner, which glues emoji into one sequence. */
    private static final char ZWJ = '\u200D';
    /** Variation selector 16: emoji presentation. */
    static final char VS16 = '\uFE0F';
    /** Combining enclosing keycap. */
    private static final char KEYCAP = '\u20E3';

    private EmojiMatcher() {
    }

    /**
     * End of the emoji sequence whose first code point, an {@link CharClass#EMOJI} base, is at
     * {@code i}.
     *
     * @param s the normalised text
     * @param i index of the emoji base
     * @param n length of {@code s}
     * @return the exclusive end of the sequence, {@code > i}
     */
    static int sequenceEnd(String s, int i, int n) {
        int cp = s.codePointAt(i);
        int j = i + Character.charCount(cp);
        if (isRegionalIndicator(cp)) {
            if (j < n && isRegionalIndicator(s.codePointAt(j))) {
                j += 2;
            }
            return j;
        }
        return extend(s, j, n);
    }

    /**
     * End of a keycap emoji whose base (a digit, {@code #} or {@code *}) ends just before
     * {@code j}.
     *
     * @param s the normalised text
     * @param j index just after the base
     * @param n length of {@code s}
     * @return the exclusive end of the keycap ({@code 1️⃣}), or -1 when there is no keycap mark
     */
    static int keycapEnd(String s, int j, int n) {
        if (j < n && s.charAt(j) == VS16) {
            j++;
        }
        return j < n && s.charAt(j) == KEYCAP ? j + 1 : -1;
    }

    /**
     * Consumes the modifiers and zero-width-joiner continuations following an emoji or a symbol
     * that ends at {@code j}.
     *
     * @param s the normalised text
     * @param j index just after the emoji or symbol
     * @param n length of {@code s}
     * @return the exclusive end of the sequence, {@code >= j}
     */
    static int extend(String s, int j, int n) {
        while (j < n) {
            int cp = s.codePointAt(j);
            if (isExtender(cp)) {
                j += Character.charCount(cp);
            } else if (cp == ZWJ && j + 1 < n) {
                int next = s.codePointAt(j + 1);
                if (CharClass.of(next) != CharClass.EMOJI) {
                    break;
                }
                j += 1 + Character.charCount(next);
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether {@code cp} is a regional indicator, half of a flag. */
    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Characters that extend the emoji before them (not counting ZWJ continuations). */
    private static boolean isExtender(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == KEYCAP
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0xE0020 && cp <= 0xE007F); // tags (subdivision flags)
    }
}
