package io.verbo.text;

/**
 * Scans a token that starts with a punctuation or symbol code point ({@link CharClass#PUNCT}).
 *
 * <p>Each such code point is its own {@link TokenType#PUNCT} token, except:
 * <ul>
 *   <li>runs that carry meaning are one token: any run of {@code !} and {@code ?}
 *       ({@code !!!}, {@code ?!?}), of {@code ¡} and {@code ¿} ({@code ¡¡}), of dots
 *       ({@code ...}), of hyphens ({@code --}), of ASCII apostrophes ({@code ''}) and of backquotes
 *       ({@code ``}), the last two being the quotes of Penn-Treebank-style text;</li>
 *   <li>a sign before a number ({@link NumberRules#isSignAt}) starts a number token;</li>
 *   <li>{@code #} and {@code *} start a keycap emoji, and {@code #} a hashtag
 *       ({@link TagMatcher});</li>
 *   <li>an apostrophe starts a standalone clitic ({@code 's} in {@code John 's}, see
 *       {@link CliticSplitter#standaloneEnd});</li>
 *   <li>{@code @} starts a mention ({@link TagMatcher});</li>
 *   <li>a symbol followed by U+FE0F is an emoji ({@code ©️}, see {@link EmojiMatcher}).</li>
 * </ul>
 * The Spanish opening marks are not attached to the next word: {@code ¿Qué} → {@code ¿ Qué}.
 *
 * <p>Stateless utility, thread-safe, allocation-free.
 */
final class PunctuationScanner {

    private PunctuationScanner() {
    }

    /**
     * Scans and emits the token starting at {@code i}.
     *
     * @param s   the normalised text
     * @param i   index of a {@link CharClass#PUNCT} code point
     * @param n   length of {@code s}
     * @param out receives the token
     * @return the end of the emitted token, {@code > i}
     */
    static int scan(String s, int i, int n, TokenSink out) {
        char c = s.charAt(i);
        int e = switch (c) {
            case '!', '?' -> emitRun(s, i, n, '!', '?', out);
            case '\u00A1', '\u00BF' -> emitRun(s, i, n, '\u00A1', '\u00BF', out);
            case '.' -> emitRun(s, i, n, '.', '.', out);
            case '`' -> emitRun(s, i, n, '`', '`', out);
            case '-', '+', '\u2212' -> scanSign(s, i, n, out);
            case '#', '*' -> scanKeycapOrHashtag(s, i, n, out);
            case '\'', '\u2019' -> scanApostrophe(s, i, n, out);
            case '@' -> emitIfFound(s, i, TagMatcher.mentionEnd(s, i, n), TokenType.MENTION, out);
            default -> -1;
        };
        return e > 0 ? e : scanSymbol(s, i, n, out);
    }

    /** Emits the run of {@code a} and {@code b} starting at {@code i}; returns its end. */
    private static int emitRun(String s, int i, int n, char a, char b, TokenSink out) {
        int e = runEnd(s, i + 1, n, a, b);
        out.emit(s, i, e, TokenType.PUNCT);
        return e;
    }

    /** A signed number, or else a run of hyphens or a single {@code +} or {@code −}. */
    private static int scanSign(String s, int i, int n, TokenSink out) {
        if (NumberRules.isSignAt(s, i, n)) {
            return WordScanner.scan(s, i, i + 1, n, out);
        }
        int next = i + 1;
        int e = s.charAt(i) == '-' ? runEnd(s, next, n, '-', '-') : next;
        out.emit(s, i, e, TokenType.PUNCT);
        return e;
    }

    /** A keycap emoji or a hashtag; -1 when neither (then the char is a symbol). */
    private static int scanKeycapOrHashtag(String s, int i, int n, TokenSink out) {
        int e = EmojiMatcher.keycapEnd(s, i + 1, n);
        if (e > 0) {
            out.emit(s, i, e, TokenType.EMOJI);
            return e;
        }
        if (s.charAt(i) == '#') {
            return emitIfFound(s, i, TagMatcher.hashtagEnd(s, i, n), TokenType.HASHTAG, out);
        }
        return -1;
    }

    /** A standalone clitic, or a run of ASCII apostrophes; -1 for a lone {@code ’}. */
    private static int scanApostrophe(String s, int i, int n, TokenSink out) {
        int e = CliticSplitter.standaloneEnd(s, i + 1, n);
        if (e > 0) {
            out.emit(s, i, e, TokenType.WORD);
            return e;
        }
        return s.charAt(i) == '\'' ? emitRun(s, i, n, '\'', '\'', out) : -1;
    }

    /** Emits {@code s[i, e)} when {@code e > 0}; returns {@code e}. */
    private static int emitIfFound(String s, int i, int e, TokenType type, TokenSink out) {
        if (e > 0) {
            out.emit(s, i, e, type);
        }
        return e;
    }

    /** One symbol or punctuation code point, or a symbol in emoji presentation. */
    private static int scanSymbol(String s, int i, int n, TokenSink out) {
        int next = i + 1;
        int end = Character.isHighSurrogate(s.charAt(i)) && next < n
                && Character.isLowSurrogate(s.charAt(next)) ? next + 1 : next;
        if (end < n && s.charAt(end) == EmojiMatcher.VS16) {
            int e = EmojiMatcher.extend(s, end, n); // a symbol in emoji presentation, e.g. ©️
            out.emit(s, i, e, TokenType.EMOJI);
            return e;
        }
        out.emit(s, i, end, TokenType.PUNCT);
        return end;
    }

    /** End of the run of {@code a} and {@code b} starting at {@code j}. */
    private static int runEnd(String s, int j, int n, char a, char b) {
        while (j < n) {
            char c = s.charAt(j);
            if (c != a && c != b) {
                break;
            }
            j++;
        }
        return j;
    }
}
