package io.verbo.text;

/**
 * The rules that concern numbers: which separators stay inside a number, when a sign belongs to
 * the number after it, and which tokens are typed {@link TokenType#NUMBER}.
 *
 * <ul>
 *   <li>{@code .} {@code ,} {@code /} and {@code ⁄} (U+2044) are kept between two digits, so both
 *       decimal styles ({@code 1.000,50}, {@code 1,000.50}), dates ({@code 12/05/2024}),
 *       fractions ({@code 4/5}, NFKC's {@code 1⁄2}) and IP addresses stay whole; a trailing
 *       {@code .} is sentence punctuation. Hyphens join numbers through the general word rule.</li>
 *   <li>A {@code -}, {@code +} or {@code −} (U+2212) directly followed by a digit is a sign when
 *       it does not follow a letter or digit: {@code -3} and {@code +34} are one token, while in
 *       {@code 5-3} the hyphen is a joiner and {@code 5 - 3} is three tokens.</li>
 *   <li>A word or number token without any letter is a {@link TokenType#NUMBER}; {@code 3rd} and
 *       {@code v1.2} are words.</li>
 * </ul>
 *
 * <p>The separator rule is one of the joiner rules applied by {@link WordScanner} while it scans
 * a run of letters and digits; the sign rule is applied by {@link PunctuationScanner} when it
 * meets a sign character. Stateless utility, thread-safe.
 */
final class NumberRules {

    private NumberRules() {
    }

    /**
     * Whether the sign character at {@code i} starts a signed number: a digit follows it and no
     * letter or digit precedes it.
     *
     * @param s the normalised text
     * @param i index of a {@code -}, {@code +} or {@code −}
     * @param n length of {@code s}
     * @return whether {@code s[i]} is the sign of the number that starts at {@code i + 1}
     */
    static boolean isSignAt(String s, int i, int n) {
        int next = i + 1;
        return next < n && CharClass.at(s, next) == CharClass.DIGIT
                && !CharClass.isAlnum(CharClass.before(s, i));
    }

    /**
     * Whether a word-or-number token is a number, that is, contains no letter.
     *
     * @param s    the normalised text
     * @param from inclusive start of the token
     * @param to   exclusive end of the token
     * @return whether the token is a {@link TokenType#NUMBER}
     */
    static boolean isNumber(String s, int from, int to) {
        return !CharClass.containsLetter(s, from, to);
    }
}
