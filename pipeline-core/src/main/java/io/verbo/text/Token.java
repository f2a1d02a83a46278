package io.verbo.text;

import java.util.Objects;

/**
 * One token produced by {@link Tokenizer#tokens(CharSequence)}.
 *
 * <p>Offsets are UTF-16 {@code char} indices into the <em>normalised</em> text, that is into
 * {@code tokenizer.normalize(text)}, not into the raw input: {@code start} is inclusive,
 * {@code end} exclusive, and {@code text} always equals
 * {@code tokenizer.normalize(input).substring(start, end)}.
 *
 * <p>Instances are immutable and therefore thread-safe.
 *
 * @param text  the token text, never {@code null} or empty
 * @param start inclusive start offset in the normalised text, {@code >= 0}
 * @param end   exclusive end offset in the normalised text, {@code end - start == text.length()}
 * @param type  the token type, never {@code null}
 */
public record Token(String text, int start, int end, TokenType type) {

    /**
     * Validates the components.
     *
     * @param text  the token text, not {@code null} or empty
     * @param start inclusive start offset in the normalised text
     * @param end   exclusive end offset in the normalised text
     * @param type  the token type, not {@code null}
     * @throws NullPointerException     if {@code text} or {@code type} is {@code null}
     * @throws IllegalArgumentException if {@code text} is empty, {@code start} is negative or
     *                                  {@code end - start} differs from the text length
     */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end - start != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("inconsistent token offsets: start=" + start
                    + ", end=" + end + ", text length=" + text.length());
        }
    }
}
