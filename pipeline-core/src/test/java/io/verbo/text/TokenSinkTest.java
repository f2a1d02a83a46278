package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token limit and the typing done by {@link TokenSink}. */
class TokenSinkTest {

    @Test
    void ignoresTokensBeyondTheLimit() {
        TokenSink.Strings sink = new TokenSink.Strings(2, 10);
        String s = "a b c";
        sink.emit(s, 0, 1, TokenType.WORD);
        assertThat(sink.full()).as("one of two").isFalse();
        sink.emit(s, 2, 3, TokenType.WORD);
        assertThat(sink.full()).as("two of two").isTrue();
        sink.emit(s, 4, 5, TokenType.WORD);
        assertThat(sink.list).as("tokens within the limit").containsExactly("a", "b");
    }

    @Test
    void zeroMeansUnlimited() {
        TokenSink.Strings sink = new TokenSink.Strings(0, 0);
        for (int i = 0; i < 1000; i++) {
            sink.emit("x", 0, 1, TokenType.PUNCT);
        }
        assertThat(sink.full()).as("never full").isFalse();
        assertThat(sink.list).as("all tokens kept").hasSize(1000);
    }

    @Test
    void typesWordsWithoutLettersAsNumbers() {
        TokenSink.Tokens sink = new TokenSink.Tokens(0, 16);
        String s = "3rd -3 #1 @x";
        sink.emit(s, 0, 3, TokenType.WORD);
        sink.emit(s, 4, 6, TokenType.WORD);
        sink.emit(s, 7, 8, TokenType.PUNCT);
        sink.emit(s, 10, 12, TokenType.MENTION);
        assertThat(sink.list).as("typed tokens").containsExactly(
                new Token("3rd", 0, 3, TokenType.WORD),
                new Token("-3", 4, 6, TokenType.NUMBER),
                new Token("#", 7, 8, TokenType.PUNCT),
                new Token("@x", 10, 12, TokenType.MENTION));
    }
}
