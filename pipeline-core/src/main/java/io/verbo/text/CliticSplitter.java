package io.verbo.text;

/**
 * Splits English clitics off words, Penn-Treebank style, so that a vocabulary sees {@code do} and
 * {@code n't} instead of many {@code don't}, {@code doesn't}, ... forms.
 *
 * <ul>
 *   <li>{@link #emit}: a final {@code 's 'm 'd 'll 're 've} or {@code n't} (any case, either
 *       apostrophe {@code '} or {@code ’}) of a word that contains an apostrophe is split off, at
 *       most twice and only when a non-empty stem remains: {@code don't} → {@code do n't},
 *       {@code can't} → {@code ca n't}, {@code shouldn't've} → {@code should n't 've},
 *       {@code rock'n'roll's} → {@code rock'n'roll 's}; {@code n't} alone stays whole.</li>
 *   <li>{@link #standaloneEnd}: in text that is already tokenised, a clitic after a space or
 *       punctuation ({@code John 's}) is kept as one token instead of {@code ' s}.</li>
 * </ul>
 *
 * <p>Only the last characters of a word are inspected, so the cost per word is constant. Stateless
 * utility, thread-safe, allocation-free.
 */
final class CliticSplitter {

    private CliticSplitter() {
    }

    /**
     * Emits the word {@code s[from, to)}, splitting off up to two final English clitics.
     *
     * @param s    the normalised text
     * @param from inclusive start of the word
     * @param to   exclusive end of the word
     * @param out  receives one to three {@link TokenType#WORD} tokens
     */
    static void emit(String s, int from, int to, TokenSink out) {
        int second = cliticStart(s, from, to);
        if (second < 0) {
            out.emit(s, from, to, TokenType.WORD);
            return;
        }
        int first = cliticStart(s, from, second);
        if (first < 0) {
            out.emit(s, from, second, TokenType.WORD);
        } else {
            out.emit(s, from, first, TokenType.WORD);
            out.emit(s, first, second, TokenType.WORD);
        }
        out.emit(s, second, to, TokenType.WORD);
    }

    /**
     * Start of a final clitic of {@code s[from, to)} that leaves a non-empty stem.
     *
     * @param s    the normalised text
     * @param from inclusive start of the word
     * @param to   exclusive end of the word
     * @return the index where the clitic starts, or -1 when the word does not end with one
     */
    static int cliticStart(String s, int from, int to) {
        int len = to - from;
        if (len >= 3 && CharClass.isApostrophe(s.charAt(to - 2))) {
            int x = s.charAt(to - 1) | 0x20;
            if (x == 's' || x == 'm' || x == 'd') {
                return to - 2;
            }
            if (x == 't' && len >= 4 && (s.charAt(to - 3) | 0x20) == 'n') {
                return to - 3;
            }
            return -1;
        }
        if (len >= 4 && CharClass.isApostrophe(s.charAt(to - 3))
                && isTwoLetterClitic(s.charAt(to - 2) | 0x20, s.charAt(to - 1) | 0x20)) {
            return to - 3;
        }
        return -1;
    }

    /**
     * End of a standalone clitic {@code s m d ll re ve} starting at {@code j}, just after an
     * apostrophe that does not follow a letter or digit; the clitic must not be followed by a
     * letter or digit ({@code 'sun} is not a clitic).
     *
     * @param s the normalised text
     * @param j index just after the apostrophe
     * @param n length of {@code s}
     * @return the exclusive end of the clitic, or -1 when none starts at {@code j}
     */
    static int standaloneEnd(String s, int j, int n) {
        int e;
        int a = j < n ? s.charAt(j) | 0x20 : 0;
        if (a == 's' || a == 'm' || a == 'd') {
            e = j + 1;
        } else if (j + 1 < n && isTwoLetterClitic(a, s.charAt(j + 1) | 0x20)) {
            e = j + 2;
        } else {
            return -1;
        }
        return e < n && CharClass.isAlnum(CharClass.at(s, e)) ? -1 : e;
    }

    /** Whether two lower-cased chars are {@code ll}, {@code re} or {@code ve}. */
    private static boolean isTwoLetterClitic(int a, int b) {
        return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e');
    }
}
