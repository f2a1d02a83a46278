package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offsets of {@link Tokenizer#tokens(CharSequence)} and the {@link Token} record. */
class TokenOffsetsTest {

    private static final Tokenizer[] TOKENIZERS = {
        new Tokenizer(TokenizerOptions.defaults()),
        new Tokenizer(new TokenizerOptions(true, false, 0)),
        new Tokenizer(new TokenizerOptions(true, true, 0)),
        new Tokenizer(new TokenizerOptions(false, true, 3)),
    };

    /** Asserts the offset contract of {@code tokens()} for one text and tokenizer. */
    static void assertOffsetsConsistent(Tokenizer tokenizer, String input) {
        String normalized = tokenizer.normalize(input);
        List<Token> tokens = tokenizer.tokens(input);
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start())
                    .as("token %s of \"%s\" starts after the previous one", token, input)
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(normalized.substring(token.start(), token.end()))
                    .as("token %s is the normalised substring (%s)", token, tokenizer.options())
                    .isEqualTo(token.text());
            assertThat(token.text().codePoints().anyMatch(Character::isWhitespace))
                    .as("token %s contains no white space", token)
                    .isFalse();
            previousEnd = token.end();
        }
        assertThat(tokens).extracting(Token::text)
                .as("tokens() and tokenize() agree on \"%s\"", input)
                .isEqualTo(tokenizer.tokenize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "El procesamiento del lenguaje natural es fascinante.",
        "¿Qué tal? ¡¡Muy bien!! 😍😍 #VivaMéxico @ana",
        "I don't think it's John's, it's Mary's…",
        "Ｆｕｌｌ－ｗｉｄｔｈ ｔｅｘｔ ½ ² ﬁn",
        "see https://x.com/a. and mail ana.garcia@example.com!",
        "👨\u200D👩\u200D👧 🇲🇽 1️⃣ ❤️ 👍🏽",
        "ÉL DIJO: «AÑO NUEVO, VIDA NUEVA»",
        "İstanbul ǅemal ﬀ",
    })
    void offsetsPointIntoTheNormalisedText(String input) {
        for (Tokenizer t : TOKENIZERS) {
            assertOffsetsConsistent(t, input);
        }
    }

    @Test
    void offsetsOfAKnownSentence() {
        List<Token> tokens = TOKENIZERS[0].tokens("¿Qué tal?");
        assertThat(tokens).as("tokens of ¿Qué tal?").containsExactly(
                new Token("¿", 0, 1, TokenType.PUNCT),
                new Token("Qué", 1, 4, TokenType.WORD),
                new Token("tal", 5, 8, TokenType.WORD),
                new Token("?", 8, 9, TokenType.PUNCT));
    }

    @Test
    void offsetsReferToTheNormalisedTextNotTheInput() {
        // U+2026 (one char) becomes "..." (three chars) under NFKC.
        List<Token> tokens = TOKENIZERS[0].tokens("…¡ya!");
        assertThat(tokens).as("offsets after an expanded ellipsis").containsExactly(
                new Token("...", 0, 3, TokenType.PUNCT),
                new Token("¡", 3, 4, TokenType.PUNCT),
                new Token("ya", 4, 6, TokenType.WORD),
                new Token("!", 6, 7, TokenType.PUNCT));
    }

    @Test
    void offsetsCountUtf16Units() {
        List<Token> tokens = TOKENIZERS[0].tokens("😍 a");
        assertThat(tokens).as("an emoji is two UTF-16 units").containsExactly(
                new Token("😍", 0, 2, TokenType.EMOJI),
                new Token("a", 3, 4, TokenType.WORD));
    }

    @Test
    void tokenRecordValidatesItsComponents() {
        assertThatThrownBy(() -> new Token(null, 0, 0, TokenType.WORD))
                .as("null text").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Token("a", 0, 1, null))
                .as("null type").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Token("abc", 0, 2, TokenType.WORD))
                .as("length mismatch").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Token("a", -1, 0, TokenType.WORD))
                .as("negative start").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Token("", 0, 0, TokenType.WORD))
                .as("empty text").isInstanceOf(IllegalArgumentException.class);
    }
}
