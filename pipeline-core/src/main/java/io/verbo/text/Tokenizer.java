package io.verbo.text;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
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
 *
 * <h2>Implementation</h2>
 * This class holds the options and the public contract; the work is done by stateless,
 * package-private helpers with static methods, one rule each: {@code TextNormalizer}
 * (normalisation), {@code CharClass} (character classes), {@code TokenScanner} (the driver loop),
 * {@code WordScanner} (words and numbers with their joiners), {@code NumberRules},
 * {@code CliticSplitter}, {@code UrlMatcher}, {@code EmailMatcher}, {@code AbbreviationMatcher},
 * {@code TagMatcher} (mentions and hashtags), {@code EmojiMatcher}, {@code PunctuationScanner}
 * and {@code TokenSink} (collects the result and applies {@code maxTokens}). None of them has
 * state, so the serialised form of a tokenizer is just its options.
 */
public final class Tokenizer implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

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
        TokenSink.Strings sink = new TokenSink.Strings(options.maxTokens(), s.length());
        TokenScanner.scan(s, sink);
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
        TokenSink.Tokens sink = new TokenSink.Tokens(options.maxTokens(), s.length());
        TokenScanner.scan(s, sink);
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
        return TextNormalizer.normalize(s, options.lowercase(), options.stripAccents());
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
}
