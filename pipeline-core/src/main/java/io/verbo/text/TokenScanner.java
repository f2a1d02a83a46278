package io.verbo.text;

/**
 * The driver loop of the {@link Tokenizer}: walks the normalised text once, left to right,
 * classifies the code point at the current index ({@link CharClass}) and hands over to the
 * scanner for that class, which emits one or more tokens and returns the index after them.
 *
 * <ul>
 *   <li>{@link CharClass#SPACE}: skipped, so tokens never contain or consist of white space,
 *       control or format characters;</li>
 *   <li>{@link CharClass#LETTER}: a word ({@link WordScanner});</li>
 *   <li>{@link CharClass#DIGIT}: a keycap emoji ({@code 1️⃣}, {@link EmojiMatcher}), otherwise a
 *       number or word ({@link WordScanner});</li>
 *   <li>{@link CharClass#EMOJI}: an emoji sequence ({@link EmojiMatcher});</li>
 *   <li>{@link CharClass#PUNCT}: punctuation, symbols and the tokens that start with one
 *       ({@link PunctuationScanner}).</li>
 * </ul>
 * Every step consumes at least one code unit, so the scan ends; it stops early once the sink
 * holds {@link TokenizerOptions#maxTokens()} tokens.
 *
 * <p>Stateless utility, thread-safe; it allocates nothing itself (the sink creates the tokens).
 */
final class TokenScanner {

    private TokenScanner() {
    }

    /**
     * Scans {@code s} and emits its tokens, in order, until the sink is full.
     *
     * @param s   the normalised text
     * @param out receives the tokens
     */
    static void scan(String s, TokenSink out) {
        final int n = s.length();
        int i = 0;
        while (i < n && !out.full()) {
            char c = s.charAt(i);
            byte k = CharClass.ofUnit(c);
            int width = 1;
            if (k == CharClass.SURROGATE) {
                int cp = s.codePointAt(i);
                k = CharClass.of(cp);
                width = Character.charCount(cp);
            }
            i = switch (k) {
                case CharClass.SPACE -> i + width;
                case CharClass.LETTER -> WordScanner.scan(s, i, i, n, out);
                case CharClass.DIGIT -> scanDigit(s, i, n, out);
                case CharClass.EMOJI -> emitEmoji(s, i, n, out);
                default -> PunctuationScanner.scan(s, i, n, out);
            };
        }
    }

    /** A keycap emoji, or else a number or word, starting with the digit at {@code i}. */
    private static int scanDigit(String s, int i, int n, TokenSink out) {
        int e = EmojiMatcher.keycapEnd(s, i + 1, n);
        if (e > 0) {
            out.emit(s, i, e, TokenType.EMOJI);
            return e;
        }
        return WordScanner.scan(s, i, i, n, out);
    }

    /** The emoji sequence starting with the emoji base at {@code i}. */
    private static int emitEmoji(String s, int i, int n, TokenSink out) {
        int e = EmojiMatcher.sequenceEnd(s, i, n);
        out.emit(s, i, e, TokenType.EMOJI);
        return e;
    }
}
