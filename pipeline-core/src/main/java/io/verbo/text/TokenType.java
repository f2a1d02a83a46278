package io.verbo.text;

/**
 * The kind of a {@link Token}, as decided by {@link Tokenizer#tokens(CharSequence)}.
 *
 * <p>Every token gets exactly one type; the rules that produce each type are described on
 * {@link Tokenizer}.
 */
public enum TokenType {

    /**
     * A word: a run of letters, combining marks and digits that contains at least one letter,
     * possibly joined by internal hyphens, underscores or apostrophes ({@code well-known},
     * {@code rock'n'roll}, {@code COVID-19}, {@code 3rd}), a split-off English clitic
     * ({@code n't}, {@code 's}, {@code 're}, ...) or a dotted abbreviation ({@code e.g.},
     * {@code EE.UU.}).
     */
    WORD,

    /**
     * A number: digits with optional internal {@code . , / -} separators and an optional
     * leading sign ({@code 2024}, {@code 1.000,50}, {@code 1,000.50}, {@code -3}, {@code 4/5},
     * {@code 2024-01-15}). It contains no letter.
     */
    NUMBER,

    /** A web address starting with {@code http://}, {@code https://}, {@code ftp://} or {@code www.}. */
    URL,

    /** An e-mail address such as {@code ana.garcia@example.com}. */
    EMAIL,

    /** A social-media mention: {@code @} followed by letters, digits or underscores ({@code @ana_garcia}). */
    MENTION,

    /** A hashtag: {@code #} followed by letters, digits or underscores, with at least one letter ({@code #VivaMéxico}). */
    HASHTAG,

    /**
     * One emoji, possibly made of several code points: skin-tone modifiers, variation selectors,
     * zero-width-joiner sequences, keycaps and regional-indicator flags.
     */
    EMOJI,

    /**
     * Punctuation or a symbol: usually one code point, except for the runs kept together
     * ({@code !!!}, {@code ?!?}, {@code ¡¡}, {@code ...}, {@code --}, {@code ''}, {@code ``}).
     */
    PUNCT
}
