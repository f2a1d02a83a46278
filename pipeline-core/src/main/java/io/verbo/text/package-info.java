/**
 * Text normalisation and tokenisation for Spanish and English.
 *
 * <p>{@link io.verbo.text.Tokenizer} turns a text into a list of token strings
 * ({@link io.verbo.text.Tokenizer#tokenize(CharSequence)}, the hot path used by the Spark jobs) or
 * into {@link io.verbo.text.Token}s with offsets and a {@link io.verbo.text.TokenType}
 * ({@link io.verbo.text.Tokenizer#tokens(CharSequence)}). It is configured by
 * {@link io.verbo.text.TokenizerOptions} (lower-casing, accent stripping, token limit).
 *
 * <p>In short: the text is NFKC-normalised; words keep their accents, {@code ñ} and {@code ü}
 * and internal hyphens and apostrophes ({@code well-known}, {@code o'clock}); English clitics are
 * split Penn-Treebank style ({@code don't} → {@code do n't}, {@code John's} → {@code John 's});
 * numbers keep their internal separators in both styles ({@code 1.000,50}, {@code 1,000.50},
 * {@code 4/5}) and a leading sign ({@code -3}); URLs, e-mail addresses, {@code @mentions},
 * {@code #hashtags} and multi-code-point emoji are single tokens; {@code ¿ ¡} split off; runs of
 * {@code !?} and of dots are single tokens; other punctuation is one token per character. The full
 * rules are documented on {@link io.verbo.text.Tokenizer}.
 *
 * <p>All types in this package are immutable and thread-safe; {@code Tokenizer} and
 * {@code TokenizerOptions} are {@link java.io.Serializable}. Methods accept {@code null} text as
 * empty and return empty lists for empty or blank text.
 */
package io.verbo.text;
