package io.verbo.text;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rule-based word tokenizer for Spanish and English text (news, books, social media).
 *
 * <p>Instances are immutable and thread-safe: one instance may be shared by any number of threads
 * and is {@link Serializable} so that it can be shipped to Spark executors. All methods accept
 * {@code null}, which is treated as empty text.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>{@link #normalize(CharSequence) Normalisation}: Unicode NFKC (skipped when the text is
 *       already NFKC), then optionally lower-casing with {@link Locale#ROOT}, then optionally
 *       accent stripping (see {@link TokenizerOptions}). NFKC folds compatibility characters:
 *       full-width forms become ASCII, {@code …} becomes {@code ...}, {@code ½} becomes
 *       {@code 1⁄2}, {@code ²} becomes {@code 2}, the ordinal indicators {@code ª º} become
 *       {@code a o} and no-break spaces become spaces.</li>
 *   <li>Splitting: a hand-written, allocation-free scanner over the code points of the
 *       normalised text. Tokens are returned in text order, never overlap and never contain
 *       white space; text between tokens (white space, control and format characters such as
 *       zero-width spaces, soft hyphens and stray variation selectors) is dropped.</li>
 *   <li>Truncation: only the first {@link TokenizerOptions#maxTokens() maxTokens} tokens are kept
 *       when that option is positive.</li>
 * </ol>
 *
 * <h2>Splitting rules</h2>
 * <ul>
 *   <li><b>Words</b> are maximal runs of letters (any script, with their combining marks) and
 *       digits: {@code pingüino}, {@code año}, {@code Ñandú}, {@code canción}, {@code mp3},
 *       {@code 3rd} stay whole. Scripts written without spaces (e.g. Chinese) are not segmented.
 *       Inside a run these joiners are kept when a letter or digit follows them:
 *       <ul>
 *         <li>hyphen {@code -} or {@code ‐} (U+2010) and underscore {@code _}:
 *             {@code well-known}, {@code e-mail}, {@code COVID-19}, {@code snake_case} are one
 *             token; a leading, trailing or doubled hyphen is split off ({@code pre- and} →
 *             {@code pre}, {@code -}; {@code --} is one token). En and em dashes always split.</li>
 *         <li>apostrophe {@code '} or {@code ’} (U+2019) when a letter follows:
 *             {@code rock'n'roll}, {@code o'clock}, {@code O'Neill}, {@code d'Artagnan} stay whole;
 *             a leading or trailing apostrophe is its own token ({@code dogs'} → {@code dogs},
 *             {@code '}).</li>
 *       </ul></li>
 *   <li><b>English clitics</b> (one rule, Penn-Treebank style): after a word containing an
 *       apostrophe is scanned, a final {@code 's 'm 'd 'll 're 've} or {@code n't} (any case,
 *       either apostrophe) is split off as its own token, at most twice:
 *       {@code don't} → {@code do n't}, {@code can't} → {@code ca n't} (as in the Penn Treebank),
 *       {@code won't} → {@code wo n't}, {@code it's} → {@code it 's}, {@code John's} →
 *       {@code John 's}, {@code we're} → {@code we 're}, {@code I'll I'd I've I'm} →
 *       {@code I 'll} ..., {@code shouldn't've} → {@code should n't 've},
 *       {@code rock'n'roll's} → {@code rock'n'roll 's}. The clitic keeps the apostrophe
 *       character of the input ({@code don’t} → {@code do n’t}). A clitic is never split off when
 *       nothing precedes it ({@code n't} alone stays whole), and a clitic standing alone after
 *       a space or punctuation, as in text that is already tokenised, is one token
 *       ({@code John 's} → {@code John 's}, not {@code ' s}). {@code cannot}, {@code gonna} and
 *       {@code 'tis} are not split.</li>
 *   <li><b>Numbers</b> are runs of digits; {@code .} and {@code ,} between two digits are kept
 *       (both styles, {@code 1.000,50} and {@code 1,000.50}, and also {@code 3.5},
 *       {@code 192.168.0.1}, and a list without spaces like {@code 1,2,3}), as are {@code /} and
 *       {@code ⁄} between digits ({@code 4/5} and {@code 12/05/2024} are one token) and hyphens
 *       ({@code 2024-01-15}). A {@code -}, {@code +} or {@code −} (U+2212) directly followed by a
 *       digit is a sign, kept with the number, when it does not follow a letter or digit:
 *       {@code -3} and {@code +34} are one token, {@code 5 - 3} is three tokens, {@code 5-3} is
 *       one. Currency signs, {@code %}, {@code °} and {@code :} split: {@code 50%} →
 *       {@code 50 %}, {@code $20} → {@code $ 20}, {@code 10:30} → {@code 10 : 30}. A trailing
 *       {@code .} is sentence punctuation ({@code 2024.} → {@code 2024 .}). A token typed
 *       {@link TokenType#NUMBER} contains no letter; {@code 3rd} or {@code v1.2} are
 *       {@link TokenType#WORD}s.</li>
 *   <li><b>Abbreviations</b>: two or more segments of one or two letters, each followed by a dot,
 *       form one token including the final dot: {@code e.g.}, {@code i.e.}, {@code U.S.A.},
 *       {@code EE.UU.}, {@code a.m.}. Other abbreviations are split ({@code Mr.} → {@code Mr .},
 *       {@code etc.} → {@code etc .}).</li>
 *   <li><b>URLs</b> start with {@code http://}, {@code https://}, {@code ftp://} or
 *       {@code www.} (any case) at the start of a word and extend to the next white space, quote,
 *       angle bracket or emoji; trailing {@code . , ; : ! ? ' * ¡ ¿} and unbalanced {@code )} or
 *       {@code ]} are split off ({@code see https://x.com/a.} → {@code https://x.com/a},
 *       {@code .}). Bare domains such as {@code example.com} are not URLs.</li>
 *   <li><b>E-mail addresses</b> ({@code ana.garcia@example.com}): a local part of letters, digits
 *       and {@code . _ % + - '}, then {@code @}, then a domain with at least one dot.</li>
 *   <li><b>Mentions</b>: {@code @} not preceded by a letter or digit and followed by letters,
 *       digits and underscores ({@code @ana_garcia}).</li>
 *   <li><b>Hashtags</b>: {@code #} followed by letters (accented ones too), digits and
 *       underscores, at least one of them a letter: {@code #VivaMéxico}; {@code #1} is
 *       {@code # 1}.</li>
 *   <li><b>Emoji</b>: each emoji is one token, including its skin-tone modifiers, variation
 *       selectors, keycap mark, tag characters and zero-width-joiner continuations
 *       ({@code 👍🏽}, {@code ❤️}, {@code 👨‍👩‍👧}, {@code 1️⃣}, {@code 🏴󠁧󠁢󠁳󠁣󠁴󠁿}); a flag is a pair of regional
 *       indicators ({@code 🇲🇽}). Consecutive emoji are separate tokens: {@code 😍😍} →
 *       {@code 😍 😍}. A symbol followed by U+FE0F (emoji presentation, e.g. {@code ©️}) is an
 *       emoji. ASCII emoticons such as {@code :)} are split like other punctuation.</li>
 *   <li><b>Punctuation</b>: each punctuation or symbol code point is its own token, except runs
 *       kept together because they carry meaning: any run of {@code !} and {@code ?}
 *       ({@code !!!}, {@code ???}, {@code ?!?}), any run of {@code ¡} and {@code ¿}
 *       ({@code ¡¡}), dots ({@code ...}, also from {@code …}), hyphens ({@code --}), and ASCII apostrophes or
 *       backquotes ({@code ''} and {@code ``}, the quotes of Penn-Treebank-style text). The
 *       Spanish opening marks split off: {@code ¿Qué tal?} → {@code ¿ Qué tal ?}.</li>
 * </ul>
 *
 * <p>Example: {@code El procesamiento del lenguaje natural es fascinante.} gives
 * {@code [El, procesamiento, del, lenguaje, natural, es, fascinante, .]}.
 */
public final class Tokenizer implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    // ---- character classes -------------------------------------------------------------------

    /** White space, control and format characters, variation selectors: separators. */
    private static final byte SPACE = 0;
    /** Letters, combining marks, letter-like numbers. */
    private static final byte LETTER = 1;
    /** Decimal digits. */
    private static final byte DIGIT = 2;
    /** Emoji base characters. */
    private static final byte EMOJI = 3;
    /** Everything else: punctuation, symbols, private use, unassigned. */
    private static final byte PUNCT = 4;
    /** Marker in {@link #BMP} for surrogate code units: classify the code point instead. */
    private static final byte SURROGATE = 5;

    /** Class of every BMP code unit. */
    private static final byte[] BMP = new byte[0x10000];

    /** {@code NFKC_SAFE[c]}: a char below U+0300 that is NFKC-invariant and never composes. */
    private static final boolean[] NFKC_SAFE = new boolean[0x300];

    private static final char ZWJ = '\u200D';
    private static final char VS16 = '\uFE0F';
    private static final char KEYCAP = '\u20E3';

    /** Maximum length of an e-mail local part that is looked ahead. */
    private static final int MAX_EMAIL_LOCAL = 64;
    /** Maximum length of an e-mail domain that is looked ahead. */
    private static final int MAX_EMAIL_DOMAIN = 255;
    /** Maximum number of segments of a dotted abbreviation. */
    private static final int MAX_ABBREV_SEGMENTS = 8;

    /** {@code STRIP_LATIN[c]}: the accent-stripped form of a char below U+0300 (one char). */
    private static final char[] STRIP_LATIN = new char[0x300];

    static {
        for (int c = 0; c < STRIP_LATIN.length; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            boolean onlyMarks = base < STRIP_LATIN.length;
            for (int k = 1; k < d.length(); k++) {
                onlyMarks &= Character.getType(d.charAt(k)) == Character.NON_SPACING_MARK;
            }
            STRIP_LATIN[c] = onlyMarks ? base : (char) c;
        }
        for (int c = 0; c < 0x10000; c++) {
            BMP[c] = Character.isSurrogate((char) c) ? SURROGATE : classify(c);
        }
        for (int c = 0; c < NFKC_SAFE.length; c++) {
            NFKC_SAFE[c] = Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC);
        }
    }

    /** The options, never {@code null}. @serial */
    private final TokenizerOptions options;

    /**
     * Creates a tokenizer.
     *
     * @param options the options, not {@code null}; see {@link TokenizerOptions#defaults()}
     * @throws NullPointerException if {@code options} is {@code null}
     */
    public Tokenizer(TokenizerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The options this tokenizer was created with.
     *
     * @return the options, never {@code null}
     */
    public TokenizerOptions options() {
        return options;
    }

    /**
     * Splits a text into token strings. This is the hot path: it allocates only the normalised
     * string (when normalisation changes anything), the result list and one string per token.
     *
     * @param text the text; {@code null}, empty or blank text gives an empty list
     * @return a new mutable list, owned by the caller, of the tokens in text order (at most
     *         {@code maxTokens} when that option is positive); each element equals the
     *         {@link Token#text()} of the corresponding element of {@link #tokens(CharSequence)}
     */
    public List<String> tokenize(CharSequence text) {
        if (text == null || text.length() == 0) {
            return new ArrayList<>(0);
        }
        String s = normalize(text);
        StringSink sink = new StringSink(options.maxTokens(), initialCapacity(s.length()));
        scan(s, sink);
        return sink.list;
    }

    /**
     * Splits a text into tokens with their offsets and types. Gives exactly the tokens of
     * {@link #tokenize(CharSequence)}, in the same order.
     *
     * @param text the text; {@code null}, empty or blank text gives an empty list
     * @return a new mutable list, owned by the caller, of tokens in text order; their offsets are
     *         increasing, non-overlapping UTF-16 indices into {@link #normalize(CharSequence)
     *         normalize(text)}
     */
    public List<Token> tokens(CharSequence text) {
        if (text == null || text.length() == 0) {
            return new ArrayList<>(0);
        }
        String s = normalize(text);
        TokenSink sink = new TokenSink(options.maxTokens(), initialCapacity(s.length()));
        scan(s, sink);
        return sink.list;
    }

    /**
     * Normalises a text the way it is normalised before splitting: Unicode NFKC, then
     * lower-casing with {@link Locale#ROOT} if {@link TokenizerOptions#lowercase()}, then accent
     * stripping if {@link TokenizerOptions#stripAccents()}. The result is not re-normalised after
     * the options are applied. Token offsets refer to this string.
     *
     * @param text the text; {@code null} gives {@code ""}
     * @return the normalised text (the input's own string when nothing changes)
     */
    public String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        if (s.isEmpty()) {
            return s;
        }
        if (!isNfkc(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        if (options.lowercase()) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (options.stripAccents()) {
            s = stripAccents(s);
        }
        return s;
    }

    /**
     * Equal when the options are equal (tokenizers with equal options behave identically).
     *
     * @param o the other object
     * @return whether {@code o} is a tokenizer with equal options
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tokenizer other && options.equals(other.options);
    }

    /**
     * Hash code consistent with {@link #equals(Object)}.
     *
     * @return the options' hash code
     */
    @Override
    public int hashCode() {
        return options.hashCode();
    }

    /**
     * A description including the options.
     *
     * @return for example {@code Tokenizer[TokenizerOptions[lowercase=false, ...]]}
     */
    @Override
    public String toString() {
        return "Tokenizer[" + options + "]";
    }

    /**
     * Restores a serialised tokenizer, rejecting a stream without options.
     *
     * @param in the stream
     * @throws IOException            if reading fails or the options are missing
     * @throws ClassNotFoundException if a class of the stream is not found
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (options == null) {
            throw new InvalidObjectException("Tokenizer options must not be null");
        }
    }

    // ---- normalisation -----------------------------------------------------------------------

    private static boolean isNfkc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x300 || !NFKC_SAFE[c]) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
            }
        }
        return true;
    }

    private static String stripAccents(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0xC0) {
            i++;
        }
        if (i == n) {
            return s; // no character below U+00C0 has a canonical decomposition or is a mark
        }
        int j = i;
        while (j < n && s.charAt(j) < STRIP_LATIN.length) {
            j++;
        }
        if (j == n) {
            // Latin fast path: every char below U+0300 maps to exactly one char (NFC output).
            char[] out = s.toCharArray();
            for (int k = i; k < n; k++) {
                out[k] = STRIP_LATIN[out[k]];
            }
            return new String(out);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0, m = d.length(); k < m; ) {
            int cp = d.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK || isVariationSelector(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        String r = sb.toString();
        return Normalizer.isNormalized(r, Normalizer.Form.NFC) ? r : Normalizer.normalize(r, Normalizer.Form.NFC);
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    // ---- classification ----------------------------------------------------------------------

    private static byte classify(int cp) {
        if (isEmojiBase(cp)) {
            return EMOJI;
        }
        if (isVariationSelector(cp)) {
            return SPACE;
        }
        switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.CONTROL:
            case Character.FORMAT:
                return SPACE;
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return LETTER;
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT;
            default:
                return PUNCT;
        }
    }

    /** Pictographs that are emoji by default (not symbols that need U+FE0F to be emoji). */
    private static boolean isEmojiBase(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return true; // includes code points unassigned in this JDK's Unicode version
        }
        if (cp >= 0x2600 && cp <= 0x27BF) {
            return Character.getType(cp) == Character.OTHER_SYMBOL;
        }
        if ((cp >= 0x23E9 && cp <= 0x23F3) || (cp >= 0x23F8 && cp <= 0x23FA)) {
            return true;
        }
        switch (cp) {
            case 0x231A: case 0x231B: case 0x2328: case 0x23CF:
            case 0x2B1B: case 0x2B1C: case 0x2B50: case 0x2B55:
                return true;
            default:
                return false;
        }
    }

    private static byte classOf(int cp) {
        if (cp < 0x10000) {
            byte k = BMP[cp];
            return k == SURROGATE ? PUNCT : k; // an unpaired surrogate
        }
        if (cp <= 0x1FAFF && cp >= 0x1F000) {
            return EMOJI;
        }
        return classify(cp);
    }

    /** Class of the code point starting at {@code i}. */
    private static byte kindAt(String s, int i) {
        char c = s.charAt(i);
        byte k = BMP[c];
        return k == SURROGATE ? classOf(s.codePointAt(i)) : k;
    }

    /** Class of the code point ending just before {@code i}, or {@link #SPACE} at the start. */
    private static byte kindBefore(String s, int i) {
        if (i == 0) {
            return SPACE;
        }
        char c = s.charAt(i - 1);
        byte k = BMP[c];
        return k == SURROGATE ? classOf(s.codePointBefore(i)) : k;
    }

    private static boolean isAlnum(byte k) {
        return k == LETTER || k == DIGIT;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Characters that extend the emoji before them (not counting ZWJ continuations). */
    private static boolean isEmojiExtender(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == KEYCAP
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0xE0020 && cp <= 0xE007F); // tags (subdivision flags)
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    // ---- scanning ----------------------------------------------------------------------------

    private static int initialCapacity(int length) {
        return Math.min((length >> 3) + 4, 1 << 16);
    }

    /** Scans {@code s} and emits its tokens, in order, until the sink is full. */
    private static void scan(String s, Sink out) {
        final int n = s.length();
        int i = 0;
        while (i < n && !out.full()) {
            char c = s.charAt(i);
            byte k = BMP[c];
            int width = 1;
            if (k == SURROGATE) {
                int cp = s.codePointAt(i);
                k = classOf(cp);
                width = Character.charCount(cp);
            }
            switch (k) {
                case SPACE:
                    i += width;
                    break;
                case LETTER:
                    i = scanWord(s, i, i, n, out);
                    break;
                case DIGIT: {
                    int e = keycapEnd(s, i + 1, n);
                    if (e > 0) {
                        out.emit(s, i, e, TokenType.EMOJI);
                        i = e;
                    } else {
                        i = scanWord(s, i, i, n, out);
                    }
                    break;
                }
                case EMOJI:
                    i = scanEmoji(s, i, n, out);
                    break;
                default:
                    i = scanPunct(s, i, n, out);
                    break;
            }
        }
    }

    /**
     * Scans a word or number whose first letter or digit is at {@code runStart};
     * {@code tokenStart} is earlier only when a sign precedes a number.
     */
    private static int scanWord(String s, int tokenStart, int runStart, int n, Sink out) {
        boolean plain = tokenStart == runStart;
        if (plain) {
            char c0 = s.charAt(runStart);
            if (c0 == 'h' || c0 == 'H' || c0 == 'w' || c0 == 'W' || c0 == 'f' || c0 == 'F') {
                int e = urlEnd(s, runStart, n);
                if (e > 0) {
                    out.emit(s, runStart, e, TokenType.URL);
                    return e;
                }
            }
        }
        int j = runStart;
        boolean prevDigit = false;
        boolean sawApostrophe = false;
        while (j < n) {
            char c = s.charAt(j);
            byte k = BMP[c];
            int width = 1;
            if (k == SURROGATE) {
                int cp = s.codePointAt(j);
                k = classOf(cp);
                width = Character.charCount(cp);
            }
            if (k == LETTER) {
                prevDigit = false;
                j += width;
                continue;
            }
            if (k == DIGIT) {
                prevDigit = true;
                j += width;
                continue;
            }
            if (j + 1 < n) {
                switch (c) {
                    case '.': case ',': case '/': case '\u2044':
                        if (prevDigit && kindAt(s, j + 1) == DIGIT) {
                            j++;
                            continue;
                        }
                        break;
                    case '-': case '\u2010': case '_':
                        if (isAlnum(kindAt(s, j + 1))) {
                            j++;
                            continue;
                        }
                        break;
                    case '\'': case '\u2019':
                        if (kindAt(s, j + 1) == LETTER) {
                            sawApostrophe = true;
                            j++;
                            continue;
                        }
                        break;
                    default:
                        break;
                }
            }
            break;
        }
        if (plain && j < n) {
            char b = s.charAt(j);
            if (b == '@' || b == '.' || b == '_' || b == '-' || b == '+' || b == '%') {
                int e = emailEnd(s, runStart, n);
                if (e > 0) {
                    out.emit(s, runStart, e, TokenType.EMAIL);
                    return e;
                }
                if (b == '.' && j - runStart <= 2) {
                    e = abbreviationEnd(s, runStart, n);
                    if (e > 0) {
                        out.emit(s, runStart, e, TokenType.WORD);
                        return e;
                    }
                }
            }
        }
        if (sawApostrophe) {
            emitWithClitics(s, tokenStart, j, out);
        } else {
            out.emit(s, tokenStart, j, TokenType.WORD);
        }
        return j;
    }

    /** Emits {@code [from, to)}, splitting off up to two final English clitics. */
    private static void emitWithClitics(String s, int from, int to, Sink out) {
        int second = cliticStart(s, from, to);
        if (second < 0) {
            out.emit(s, from, to, TokenType.WORD);
            return;
        }
        int first = cliticStart(s, from, second);
        if (first < 0) {
            out.emit(s, from, second, TokenType.WORD);
        } else {
            out.emit(s, from, first, TokenType.WORD);
            out.emit(s, first, second, TokenType.WORD);
        }
        out.emit(s, second, to, TokenType.WORD);
    }

    /**
     * Start of a final clitic {@code 's 'm 'd 'll 're 've n't} of {@code [from, to)} that leaves a
     * non-empty stem, or -1.
     */
    private static int cliticStart(String s, int from, int to) {
        int len = to - from;
        if (len >= 3 && isApostrophe(s.charAt(to - 2))) {
            int x = s.charAt(to - 1) | 0x20;
            if (x == 's' || x == 'm' || x == 'd') {
                return to - 2;
            }
            if (x == 't' && len >= 4 && (s.charAt(to - 3) | 0x20) == 'n') {
                return to - 3;
            }
            return -1;
        }
        if (len >= 4 && isApostrophe(s.charAt(to - 3))) {
            int a = s.charAt(to - 2) | 0x20;
            int b = s.charAt(to - 1) | 0x20;
            if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e')) {
                return to - 3;
            }
        }
        return -1;
    }

    /**
     * End of a clitic {@code s m d ll re ve} starting at {@code j}, just after an apostrophe that
     * does not follow a letter or digit (text that is already split: {@code John 's}), or -1.
     */
    private static int standaloneCliticEnd(String s, int j, int n) {
        int e;
        int a = j < n ? s.charAt(j) | 0x20 : 0;
        if (a == 's' || a == 'm' || a == 'd') {
            e = j + 1;
        } else if (j + 1 < n) {
            int b = s.charAt(j + 1) | 0x20;
            if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e')) {
                e = j + 2;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        return e < n && isAlnum(kindAt(s, e)) ? -1 : e;
    }

    /** End of a URL starting at {@code i}, or -1. */
    private static int urlEnd(String s, int i, int n) {
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
        if (p >= n || !isAlnum(kindAt(s, p))) {
            return -1;
        }
        int j = p;
        int opens = 0;
        int closes = 0;
        scan:
        while (j < n) {
            char c = s.charAt(j);
            byte k = kindAt(s, j);
            if (k == SPACE || k == EMOJI) {
                break;
            }
            switch (c) {
                case '<': case '>': case '"': case '`': case '{': case '}': case '|': case '\\':
                case '^': case '\u00AB': case '\u00BB': case '\u2018': case '\u2019':
                case '\u201C': case '\u201D':
                    break scan;
                case '(': case '[':
                    opens++;
                    break;
                case ')': case ']':
                    closes++;
                    break;
                default:
                    break;
            }
            j++;
        }
        while (j > p) {
            char c = s.charAt(j - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                    || c == '*' || c == '\u00A1' || c == '\u00BF') {
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

    private static boolean isEmailLocalChar(char c) {
        byte k = BMP[c];
        return k == LETTER || k == DIGIT || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
                || c == '\'';
    }

    /** End of an e-mail address starting at {@code i}, or -1. */
    private static int emailEnd(String s, int i, int n) {
        int j = i;
        int limit = Math.min(n, i + MAX_EMAIL_LOCAL + 1);
        while (j < limit && isEmailLocalChar(s.charAt(j))) {
            j++;
        }
        if (j == i || j >= n || s.charAt(j) != '@' || s.charAt(j - 1) == '.') {
            return -1;
        }
        int d = j + 1;
        int labelStart = d;
        int dots = 0;
        int dlimit = Math.min(n, d + MAX_EMAIL_DOMAIN);
        while (d < dlimit) {
            char c = s.charAt(d);
            byte k = BMP[c];
            if (k == LETTER || k == DIGIT || c == '-') {
                d++;
            } else if (c == '.' && d > labelStart && d + 1 < n && isAlnum(BMP[s.charAt(d + 1)])) {
                dots++;
                d++;
                labelStart = d;
            } else {
                break;
            }
        }
        return dots > 0 && d > labelStart ? d : -1;
    }

    /** End of a dotted abbreviation ({@code e.g.}, {@code EE.UU.}) starting at {@code i}, or -1. */
    private static int abbreviationEnd(String s, int i, int n) {
        int p = i;
        int segments = 0;
        while (segments < MAX_ABBREV_SEGMENTS) {
            int q = p;
            while (q < n && q - p < 3 && BMP[s.charAt(q)] == LETTER) {
                q++;
            }
            int len = q - p;
            if (len < 1 || len > 2 || q >= n || s.charAt(q) != '.') {
                break;
            }
            segments++;
            p = q + 1;
        }
        if (segments < 2 || (p < n && isAlnum(kindAt(s, p)))) {
            return -1;
        }
        return p;
    }

    /** End of a keycap emoji whose base ends just before {@code j} ({@code 1️⃣}), or -1. */
    private static int keycapEnd(String s, int j, int n) {
        if (j < n && s.charAt(j) == VS16) {
            j++;
        }
        return j < n && s.charAt(j) == KEYCAP ? j + 1 : -1;
    }

    private static int scanEmoji(String s, int i, int n, Sink out) {
        int cp = s.codePointAt(i);
        int j = i + Character.charCount(cp);
        if (isRegionalIndicator(cp)) {
            if (j < n && isRegionalIndicator(s.codePointAt(j))) {
                j += 2;
            }
        } else {
            j = extendEmoji(s, j, n);
        }
        out.emit(s, i, j, TokenType.EMOJI);
        return j;
    }

    /** Consumes the modifiers and ZWJ continuations following an emoji that ends at {@code j}. */
    private static int extendEmoji(String s, int j, int n) {
        while (j < n) {
            int cp = s.codePointAt(j);
            if (isEmojiExtender(cp)) {
                j += Character.charCount(cp);
            } else if (cp == ZWJ && j + 1 < n) {
                int next = s.codePointAt(j + 1);
                if (classOf(next) != EMOJI) {
                    break;
                }
                j += 1 + Character.charCount(next);
            } else {
                break;
            }
        }
        return j;
    }

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

    /** End of the letters, digits and underscores of a mention or hashtag starting at {@code j}. */
    private static int tagEnd(String s, int j, int n) {
        while (j < n) {
            char c = s.charAt(j);
            if (c == '_') {
                j++;
                continue;
            }
            byte k = BMP[c];
            int width = 1;
            if (k == SURROGATE) {
                int cp = s.codePointAt(j);
                k = classOf(cp);
                width = Character.charCount(cp);
            }
            if (!isAlnum(k)) {
                break;
            }
            j += width;
        }
        return j;
    }

    private static boolean containsLetter(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            byte k = BMP[s.charAt(j)];
            if (k == LETTER || (k == SURROGATE && classOf(s.codePointAt(j)) == LETTER)) {
                return true;
            }
        }
        return false;
    }

    private static int scanPunct(String s, int i, int n, Sink out) {
        char c = s.charAt(i);
        int next = i + 1;
        switch (c) {
            case '!': case '?': {
                int e = runEnd(s, next, n, '!', '?');
                out.emit(s, i, e, TokenType.PUNCT);
                return e;
            }
            case '\u00A1': case '\u00BF': {
                int e = runEnd(s, next, n, '\u00A1', '\u00BF');
                out.emit(s, i, e, TokenType.PUNCT);
                return e;
            }
            case '.': {
                int e = runEnd(s, next, n, '.', '.');
                out.emit(s, i, e, TokenType.PUNCT);
                return e;
            }
            case '-': case '+': case '\u2212': {
                if (next < n && kindAt(s, next) == DIGIT && !isAlnum(kindBefore(s, i))) {
                    return scanWord(s, i, next, n, out);
                }
                int e = c == '-' ? runEnd(s, next, n, '-', '-') : next;
                out.emit(s, i, e, TokenType.PUNCT);
                return e;
            }
            case '#': case '*': {
                int e = keycapEnd(s, next, n);
                if (e > 0) {
                    out.emit(s, i, e, TokenType.EMOJI);
                    return e;
                }
                if (c == '#') {
                    e = tagEnd(s, next, n);
                    if (e > next && containsLetter(s, next, e)) {
                        out.emit(s, i, e, TokenType.HASHTAG);
                        return e;
                    }
                }
                break;
            }
            case '\'': case '\u2019': {
                int e = standaloneCliticEnd(s, next, n);
                if (e > 0) {
                    out.emit(s, i, e, TokenType.WORD);
                    return e;
                }
                if (c == '\'') {
                    e = runEnd(s, next, n, '\'', '\'');
                    out.emit(s, i, e, TokenType.PUNCT);
                    return e;
                }
                break;
            }
            case '`': {
                int e = runEnd(s, next, n, '`', '`');
                out.emit(s, i, e, TokenType.PUNCT);
                return e;
            }
            case '@': {
                if (!isAlnum(kindBefore(s, i))) {
                    int e = tagEnd(s, next, n);
                    if (e > next) {
                        out.emit(s, i, e, TokenType.MENTION);
                        return e;
                    }
                }
                break;
            }
            default:
                break;
        }
        int end = Character.isHighSurrogate(c) && next < n && Character.isLowSurrogate(s.charAt(next))
                ? next + 1 : next;
        if (end < n && s.charAt(end) == VS16) {
            int e = extendEmoji(s, end, n); // a symbol in emoji presentation, e.g. ©️
            out.emit(s, i, e, TokenType.EMOJI);
            return e;
        }
        out.emit(s, i, end, TokenType.PUNCT);
        return end;
    }

    /** Whether an alphanumeric token contains no letter (so it is a {@link TokenType#NUMBER}). */
    private static boolean isNumber(String s, int from, int to) {
        return !containsLetter(s, from, to);
    }

    // ---- sinks -------------------------------------------------------------------------------

    /** Receives the tokens of one scan; counts them against the limit. */
    private abstract static class Sink {
        private final int limit;
        private int count;

        Sink(int maxTokens) {
            this.limit = maxTokens <= 0 ? Integer.MAX_VALUE : maxTokens;
        }

        final boolean full() {
            return count >= limit;
        }

        /** Emits {@code s[start, end)}; {@link TokenType#WORD} means "word or number". */
        final void emit(String s, int start, int end, TokenType type) {
            if (count < limit) {
                count++;
                accept(s, start, end, type);
            }
        }

        abstract void accept(String s, int start, int end, TokenType type);
    }

    private static final class StringSink extends Sink {
        final ArrayList<String> list;

        StringSink(int maxTokens, int capacity) {
            super(maxTokens);
            list = new ArrayList<>(maxTokens > 0 ? Math.min(maxTokens, capacity) : capacity);
        }

        @Override
        void accept(String s, int start, int end, TokenType type) {
            list.add(s.substring(start, end));
        }
    }

    private static final class TokenSink extends Sink {
        final ArrayList<Token> list;

        TokenSink(int maxTokens, int capacity) {
            super(maxTokens);
            list = new ArrayList<>(maxTokens > 0 ? Math.min(maxTokens, capacity) : capacity);
        }

        @Override
        void accept(String s, int start, int end, TokenType type) {
            TokenType t = type == TokenType.WORD && isNumber(s, start, end) ? TokenType.NUMBER : type;
            list.add(new Token(s.substring(start, end), start, end, t));
        }
    }
}
