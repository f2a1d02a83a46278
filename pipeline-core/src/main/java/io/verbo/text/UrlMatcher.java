package io.verbo.text;

/**
 * Matches a URL: {@code http://}, {@code https://}, {@code ftp://} or {@code www.} (any case)
 * followed by a letter or digit, up to the next white space, emoji, quote, angle bracket or other
 * character that does not occur unescaped in URLs ({@code " ` { } | \ ^ « » ‘ ’ “ ”}).
 *
 * <p>Punctuation that usually ends the sentence rather than the URL is trimmed from the end:
 * {@code . , ; : ! ? ' * ¡ ¿}, and {@code )} or {@code ]} when the URL has more closing than
 * opening brackets (so {@code (see https://x.com/a)} keeps the URL without the {@code )}, while
 * {@code https://en.wikipedia.org/wiki/Java_(language)} stays whole). Bare domains such as
 * {@code example.com} are not URLs: without a scheme or {@code www.} they look the same as a
 * missing space after a full stop, so they are split like other words.
 *
 * <p>Stateless utility, thread-safe, allocation-free.
 */
final class UrlMatcher {

    private UrlMatcher() {
    }

    /**
     * End of a URL starting at {@code i}.
     *
     * @param s the normalised text
     * @param i start of a word
     * @param n length of {@code s}
     * @return the exclusive end of the URL, or -1 if none starts at {@code i}
     */
    static int end(String s, int i, int n) {
        int p;
        if (s.regionMatches(true, i, "https://", 0, 8)) {
            p = i + 8;
        } else if (s.regionMatches(true, i, "http://", 0, 7)) {
            p = i + 7;
        } else if (s.regionMatches(true, i, "www.", 0, 4)) {
            p = i + 4;
        } else if (s.regionMatches(true, i, "ftp://", 0, 6)) {
            p = i + 6;
        } else {
            return -1;
        }
        if (p >= n || !CharClass.isAlnum(CharClass.at(s, p))) {
            return -1;
        }
        int j = p;
        int opens = 0;
        int closes = 0;
        while (j < n) {
            char c = s.charAt(j);
            byte k = CharClass.at(s, j);
            if (k == CharClass.SPACE || k == CharClass.EMOJI || isDelimiter(c)) {
                break;
            }
            if (c == '(' || c == '[') {
                opens++;
            } else if (c == ')' || c == ']') {
                closes++;
            }
            j++;
        }
        while (j > p) {
            char c = s.charAt(j - 1);
            if (isTrailingPunctuation(c)) {
                j--;
            } else if ((c == ')' || c == ']') && closes > opens) {
                closes--;
                j--;
            } else {
                break;
            }
        }
        return j; // > p: s[p] is a letter or digit, which is never trimmed
    }

    /** Characters that end a URL: quotes, angle brackets and others that must be escaped. */
    private static boolean isDelimiter(char c) {
        return switch (c) {
            case '<', '>', '"', '`', '{', '}', '|', '\\', '^', '\u00AB', '\u00BB', '\u2018',
                    '\u2019', '\u201C', '\u201D' -> true;
            default -> false;
        };
    }

    /** Punctuation trimmed from the end of a URL because it belongs to the sentence. */
    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                || c == '*' || c == '\u00A1' || c == '\u00BF';
    }
}
