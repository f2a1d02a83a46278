package io.verbo.text;

import java.util.ArrayList;

/**
 * Receives the tokens of one scan, in text order, and enforces
 * {@link TokenizerOptions#maxTokens()}: once the limit is reached further tokens are ignored and
 * {@link #full()} tells the scanner to stop.
 *
 * <p>The scanner reports every token as a range of the normalised text and a type, where
 * {@link TokenType#WORD} means "word or number". The two implementations either keep just the
 * strings ({@link Strings}, the hot path of {@link Tokenizer#tokenize(CharSequence)}) or build
 * {@link Token}s and tell numbers from words ({@link Tokens}), so that the scanner itself never
 * allocates.
 *
 * <p>Not thread-safe: each call of the tokenizer creates its own sink.
 */
abstract class TokenSink {

    private final int limit;
    private int count;

    private TokenSink(int maxTokens) {
        this.limit = maxTokens <= 0 ? Integer.MAX_VALUE : maxTokens;
    }

    /**
     * Whether the limit is reached.
     *
     * @return whether further tokens would be ignored
     */
    final boolean full() {
        return count >= limit;
    }

    /**
     * Emits {@code s[start, end)}, unless the limit is reached.
     *
     * @param s     the normalised text
     * @param start inclusive start of the token
     * @param end   exclusive end of the token, {@code > start}
     * @param type  the type; {@link TokenType#WORD} means "word or number"
     */
    final void emit(String s, int start, int end, TokenType type) {
        if (count < limit) {
            count++;
            accept(s, start, end, type);
        }
    }

    /** Stores one token that is within the limit. */
    abstract void accept(String s, int start, int end, TokenType type);

    /** Initial list capacity: about one token per eight chars, bounded by the limit. */
    private static int initialCapacity(int maxTokens, int textLength) {
        int capacity = Math.min((textLength >> 3) + 4, 1 << 16);
        return maxTokens > 0 ? Math.min(maxTokens, capacity) : capacity;
    }

    /** Keeps only the token texts. */
    static final class Strings extends TokenSink {

        /** The result, owned by the caller once the scan is over. */
        final ArrayList<String> list;

        /**
         * Creates an empty sink.
         *
         * @param maxTokens  the token limit, {@code 0} for none
         * @param textLength length of the normalised text, to size the list
         */
        Strings(int maxTokens, int textLength) {
            super(maxTokens);
            list = new ArrayList<>(initialCapacity(maxTokens, textLength));
        }

        @Override
        void accept(String s, int start, int end, TokenType type) {
            list.add(s.substring(start, end));
        }
    }

    /** Builds {@link Token}s, typing a word without letters as a {@link TokenType#NUMBER}. */
    static final class Tokens extends TokenSink {

        /** The result, owned by the caller once the scan is over. */
        final ArrayList<Token> list;

        /**
         * Creates an empty sink.
         *
         * @param maxTokens  the token limit, {@code 0} for none
         * @param textLength length of the normalised text, to size the list
         */
        Tokens(int maxTokens, int textLength) {
            super(maxTokens);
            list = new ArrayList<>(initialCapacity(maxTokens, textLength));
        }

        @Override
        void accept(String s, int start, int end, TokenType type) {
            TokenType t = type == TokenType.WORD && NumberRules.isNumber(s, start, end)
                    ? TokenType.NUMBER : type;
            list.add(new Token(s.substring(start, end), start, end, t));
        }
    }
}
