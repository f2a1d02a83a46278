package io.verbo.text;

import java.io.Serial;
import java.io.Serializable;

/**
 * Options of a {@link Tokenizer}. Immutable, thread-safe and {@link Serializable} (Java
 * serialization goes through the canonical constructor, so a deserialised instance is validated
 * too).
 *
 * @param lowercase    lower-case the text after NFKC normalisation, with {@link java.util.Locale#ROOT}
 *                     (so the result does not depend on the JVM's default locale)
 * @param stripAccents remove accents after NFKC normalisation (and lower-casing): the text is
 *                     decomposed (NFD), every non-spacing combining mark except variation selectors
 *                     is dropped and the rest is recomposed (NFC). This maps {@code á→a},
 *                     {@code ü→u} and also {@code ñ→n} ({@code año→ano}); without this option
 *                     {@code ñ} and all accents are kept. Letters that have no decomposition
 *                     ({@code ß}, {@code ø}, {@code ł}) are kept as they are.
 * @param maxTokens    keep only the first {@code maxTokens} tokens of each text; {@code 0} means
 *                     unlimited. Must not be negative.
 */
public record TokenizerOptions(boolean lowercase, boolean stripAccents, int maxTokens)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final TokenizerOptions DEFAULTS = new TokenizerOptions(false, false, 0);

    /**
     * Validates the options.
     *
     * @param lowercase    lower-case with {@link java.util.Locale#ROOT} after NFKC
     * @param stripAccents remove combining marks (accents, also of {@code ñ}) after NFKC
     * @param maxTokens    maximum number of tokens per text, {@code 0} for unlimited
     * @throws IllegalArgumentException if {@code maxTokens} is negative
     */
    public TokenizerOptions {
        if (maxTokens < 0) {
            throw new IllegalArgumentException(
                    "maxTokens must be >= 0 (0 means unlimited), got " + maxTokens);
        }
    }

    /**
     * The default options: case kept, accents kept, no token limit.
     *
     * @return {@code new TokenizerOptions(false, false, 0)} (a shared instance)
     */
    public static TokenizerOptions defaults() {
        return DEFAULTS;
    }
}
