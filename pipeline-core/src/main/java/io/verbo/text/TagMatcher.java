package io.verbo.text;

/**
 * Matches the social-media tags:
 * <ul>
 *   <li>a mention: {@code @} not preceded by a letter or digit (so that the {@code @} of an
 *       e-mail address that did not match is not a mention) and followed by letters, digits and
 *       underscores ({@code @ana_garcia});</li>
 *   <li>a hashtag: {@code #} followed by letters (accented ones too, any script), digits and
 *       underscores, at least one of them a letter ({@code #VivaMéxico}); {@code #1} is
 *       {@code # 1}, as it usually means "number 1".</li>
 * </ul>
 *
 * <p>Stateless utility, thread-safe, allocation-free.
 */
final class TagMatcher {

    private TagMatcher() {
    }

    /**
     * End of a mention starting with the {@code @} at {@code i}.
     *
     * @param s the normalised text
     * @param i index of an {@code @}
     * @param n length of {@code s}
     * @return the exclusive end of the mention, or -1 when there is none
     */
    static int mentionEnd(String s, int i, int n) {
        if (CharClass.isAlnum(CharClass.before(s, i))) {
            return -1;
        }
        int e = nameEnd(s, i + 1, n);
        return e > i + 1 ? e : -1;
    }

    /**
     * End of a hashtag starting with the {@code #} at {@code i}.
     *
     * @param s the normalised text
     * @param i index of a {@code #}
     * @param n length of {@code s}
     * @return the exclusive end of the hashtag, or -1 when there is none
     */
    static int hashtagEnd(String s, int i, int n) {
        int next = i + 1;
        int e = nameEnd(s, next, n);
        return e > next && CharClass.containsLetter(s, next, e) ? e : -1;
    }

    /** End of the letters, digits and underscores of a mention or hashtag starting at {@code j}. */
    private static int nameEnd(String s, int j, int n) {
        while (j < n) {
            char c = s.charAt(j);
            if (c == '_') {
                j++;
                continue;
            }
            byte k = CharClass.ofUnit(c);
            int width = 1;
            if (k == CharClass.SURROGATE) {
                int cp = s.codePointAt(j);
                k = CharClass.of(cp);
                width = Character.charCount(cp);
            }
            if (!CharClass.isAlnum(k)) {
                break;
            }
            j += width;
        }
        return j;
    }
}
