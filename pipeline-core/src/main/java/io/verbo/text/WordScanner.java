package io.verbo.text;

/**
 * Scans a word or number: a maximal run of letters (with their combining marks) and digits, in
 * which a joiner is kept when the right character follows it:
 * <ul>
 *   <li>{@code . , /} and {@code ⁄} between two digits (number separators, see
 *       {@link NumberRules});</li>
 *   <li>{@code -}, {@code ‐} (U+2010) and {@code _} before a letter or digit
 *       ({@code well-known}, {@code COVID-19}, {@code snake_case}, {@code 2024-01-15});</li>
 *   <li>an apostrophe ({@code '} or {@code ’}) before a letter ({@code rock'n'roll},
 *       {@code o'clock}).</li>
 * </ul>
 *
 * <p>Some tokens start like a word but are longer, so they are tried first, in this order: a URL
 * ({@link UrlMatcher}) at a word that starts with {@code h}, {@code w} or {@code f}; then, when
 * the run stops at {@code @ . _ - +} or {@code %}, an e-mail address ({@link EmailMatcher}) and, if
 * the run has at most two characters and stops at a dot, a dotted abbreviation
 * ({@link AbbreviationMatcher}). A run that contains an apostrophe has its English clitics split
 * off by {@link CliticSplitter}.
 *
 * <p>This is the hottest loop of the tokenizer: it classifies each code unit with one table load
 * and advances by index, without allocating. Stateless utility, thread-safe.
 */
final class WordScanner {

    private WordScanner() {
    }

    /**
     * Scans and emits the word or number whose first letter or digit is at {@code runStart}.
     *
     * @param s          the normalised text
     * @param tokenStart start of the token: {@code runStart}, or the index of the sign of a signed
     *                   number (then no URL, e-mail or abbreviation is tried)
     * @param runStart   index of the first letter or digit
     * @param n          length of {@code s}
     * @param out        receives the token or tokens
     * @return the end of what was emitted, {@code > runStart}
     */
    static int scan(String s, int tokenStart, int runStart, int n, TokenSink out) {
        boolean plain = tokenStart == runStart;
        if (plain) {
            char c0 = s.charAt(runStart);
            if (c0 == 'h' || c0 == 'H' || c0 == 'w' || c0 == 'W' || c0 == 'f' || c0 == 'F') {
                int e = UrlMatcher.end(s, runStart, n);
                if (e > 0) {
                    out.emit(s, runStart, e, TokenType.URL);
                    return e;
                }
            }
        }
        int j = runStart;
        boolean prevDigit = false;
        boolean sawApostrophe = false;
        while (j < n) {
            char c = s.charAt(j);
            byte k = CharClass.ofUnit(c);
            int width = 1;
            if (k == CharClass.SURROGATE) {
                int cp = s.codePointAt(j);
                k = CharClass.of(cp);
                width = Character.charCount(cp);
            }
            if (k == CharClass.LETTER) {
                prevDigit = false;
                j += width;
                continue;
            }
            if (k == CharClass.DIGIT) {
                prevDigit = true;
                j += width;
                continue;
            }
            if (j + 1 >= n || !joins(s, c, j + 1, prevDigit)) {
                break;
            }
            sawApostrophe |= CharClass.isApostrophe(c);
            j++;
        }
        if (plain && j < n) {
            int e = longerTokenEnd(s, runStart, j, n, out);
            if (e > 0) {
                return e;
            }
        }
        if (sawApostrophe) {
            CliticSplitter.emit(s, tokenStart, j, out);
        } else {
            out.emit(s, tokenStart, j, TokenType.WORD);
        }
        return j;
    }

    /**
     * Whether the joiner {@code c}, followed by the code point at {@code next}, continues the
     * run; {@code prevDigit} tells whether a digit precedes it.
     */
    private static boolean joins(String s, char c, int next, boolean prevDigit) {
        return switch (c) {
            case '.', ',', '/', '\u2044' -> prevDigit && CharClass.at(s, next) == CharClass.DIGIT;
            case '-', '\u2010', '_' -> CharClass.isAlnum(CharClass.at(s, next));
            case '\'', '\u2019' -> CharClass.at(s, next) == CharClass.LETTER;
            default -> false;
        };
    }

    /**
     * Tries an e-mail address and then a dotted abbreviation starting at {@code runStart}, whose
     * run of letters, digits and joiners stops at {@code j < n}; emits it if found.
     *
     * @return the end of the emitted token, or -1 when there is none
     */
    private static int longerTokenEnd(String s, int runStart, int j, int n, TokenSink out) {
        char b = s.charAt(j);
        if (b == '@' || b == '.' || b == '_' || b == '-' || b == '+' || b == '%') {
            int e = EmailMatcher.end(s, runStart, n);
            if (e > 0) {
                out.emit(s, runStart, e, TokenType.EMAIL);
                return e;
            }
            if (b == '.' && j - runStart <= 2) {
                e = AbbreviationMatcher.end(s, runStart, n);
                if (e > 0) {
                    out.emit(s, runStart, e, TokenType.WORD);
                    return e;
                }
            }
        }
        return -1;
    }
}
