package io.verbo.text;

/**
 * Matches an e-mail address such as {@code ana.garcia@example.com}: a local part of letters,
 * digits and {@code . _ % + - '} that does not end with a dot, then {@code @}, then a domain of
 * labels made of letters, digits and {@code -}, separated by single dots, with at least one dot
 * and a non-empty last label. A trailing dot is left out, so an address at the end of a sentence
 * ends before the full stop.
 *
 * <p>The look-ahead is bounded (about 64 chars of local part and 255 of domain, the limits of
 * RFC 5321), so each attempt costs bounded time however long the text is; the word scanner tries
 * an address at every run that stops at one of {@code @ . _ - + %}. Letters are accepted only from
 * the Basic Multilingual Plane.
 *
 * <p>Stateless utility, thread-safe, allocation-free.
 */
final class EmailMatcher {

    /** Maximum length of an e-mail local part that is looked ahead. */
    private static final int MAX_LOCAL = 64;
    /** Maximum length of an e-mail domain that is looked ahead. */
    private static final int MAX_DOMAIN = 255;

    private EmailMatcher() {
    }

    /**
     * End of an e-mail address starting at {@code i}.
     *
     * @param s the normalised text
     * @param i start of a word
     * @param n length of {@code s}
     * @return the exclusive end of the address, or -1 if none starts at {@code i}
     */
    static int end(String s, int i, int n) {
        int j = i;
        int limit = Math.min(n, i + MAX_LOCAL + 1);
        while (j < limit && isLocalChar(s.charAt(j))) {
            j++;
        }
        if (j == i || j >= n || s.charAt(j) != '@' || s.charAt(j - 1) == '.') {
            return -1;
        }
        int d = j + 1;
        int labelStart = d;
        int dots = 0;
        int dlimit = Math.min(n, d + MAX_DOMAIN);
        while (d < dlimit) {
            char c = s.charAt(d);
            byte k = CharClass.ofUnit(c);
            if (k == CharClass.LETTER || k == CharClass.DIGIT || c == '-') {
                d++;
            } else if (c == '.' && d > labelStart && d + 1 < n
                    && CharClass.isAlnum(CharClass.ofUnit(s.charAt(d + 1)))) {
                dots++;
                d++;
                labelStart = d;
            } else {
                break;
            }
        }
        return dots > 0 && d > labelStart ? d : -1;
    }

    /** Characters of the local part (before the {@code @}). */
    private static boolean isLocalChar(char c) {
        byte k = CharClass.ofUnit(c);
        return k == CharClass.LETTER || k == CharClass.DIGIT || c == '.' || c == '_' || c == '%'
                || c == '+' || c == '-' || c == '\'';
    }
}
