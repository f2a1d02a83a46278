package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package-private matchers on their own: each gets a text that starts with the candidate and
 * returns the end of the match, or -1. The tokenizer-level behaviour is pinned by
 * {@link TokenizerTest}.
 */
class MatchersTest {

    /** A matcher called at index 0 of the whole text. */
    @FunctionalInterface
    interface Matcher {
        int end(String s, int i, int n);
    }

    /** The matched prefix of {@code s}, or {@code null} when the matcher returns -1. */
    static String match(Matcher m, String s) {
        int e = m.end(s, 0, s.length());
        return e < 0 ? null : s.substring(0, e);
    }

    @Nested
    class Urls {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "https://x.com/a. more | https://x.com/a",
            "HTTP://Example.ORG/p?q=1&r=2, | HTTP://Example.ORG/p?q=1&r=2",
            "www.rae.es! | www.rae.es",
            "ftp://files.net/a.txt | ftp://files.net/a.txt",
            "https://w.org/Java_(language)) | https://w.org/Java_(language)",
            "https://x.com/a)] | https://x.com/a",
            "https://x.com/«a» | https://x.com/",
            "https://x.com/a😀 | https://x.com/a",
            "https://x.com/a¿?¡! | https://x.com/a",
        })
        void matchUpToTheDelimiterAndTrimSentencePunctuation(String input, String expected) {
            assertThat(match(UrlMatcher::end, input)).as("URL at the start of \"%s\"", input)
                    .isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"example.com", "https://", "https:// x", "www..es", "httpx://a.b"})
        void needASchemeOrWwwAndALetterOrDigitAfterIt(String input) {
            assertThat(match(UrlMatcher::end, input)).as("no URL in \"%s\"", input).isNull();
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "ana.garcia@example.com | ana.garcia@example.com",
            "o'neil+tag@mail.co.uk. | o'neil+tag@mail.co.uk",
            "x_1%y-z@sub-domain.example.org, | x_1%y-z@sub-domain.example.org",
            "a@b.c..d | a@b.c",
        })
        void matchLocalPartAtAndDottedDomain(String input, String expected) {
            assertThat(match(EmailMatcher::end, input)).as("address at the start of \"%s\"", input)
                    .isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "user@localhost", "a.@b.com", "@b.com", "a@.com", "a@b.", "a b@c.d",
        })
        void rejectAddressesWithoutADottedDomainOrWithABadLocalPart(String input) {
            assertThat(match(EmailMatcher::end, input)).as("no address in \"%s\"", input).isNull();
        }

        @Test
        void boundTheLookAhead() {
            String local = "a".repeat(100);
            assertThat(match(EmailMatcher::end, local + "@example.com"))
                    .as("a local part longer than the look-ahead").isNull();
        }
    }

    @Nested
    class Abbreviations {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "e.g. this | e.g.",
            "U.S.A. | U.S.A.",
            "EE.UU., | EE.UU.",
            "a.m.) | a.m.",
        })
        void matchTwoOrMoreShortDottedSegments(String input, String expected) {
            assertThat(match(AbbreviationMatcher::end, input))
                    .as("abbreviation at the start of \"%s\"", input).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mr.", "etc.", "e.g", "e.g.x", "abc.de.", "a.b.c.d.e.f.g.h.i."})
        void rejectSingleSegmentsLongSegmentsAndContinuedWords(String input) {
            assertThat(match(AbbreviationMatcher::end, input))
                    .as("no abbreviation in \"%s\"", input).isNull();
        }
    }

    @Nested
    class Tags {

        @Test
        void mentionsNeedNoLetterOrDigitBefore() {
            assertThat(TagMatcher.mentionEnd("@ana_garcia!", 0, 12)).as("mention").isEqualTo(11);
            assertThat(TagMatcher.mentionEnd("x@ana", 1, 5)).as("after a letter").isEqualTo(-1);
            assertThat(TagMatcher.mentionEnd("(@ana)", 1, 6)).as("after punctuation").isEqualTo(5);
            assertThat(TagMatcher.mentionEnd("@ x", 0, 3)).as("empty name").isEqualTo(-1);
        }

        @Test
        void hashtagsNeedALetter() {
            assertThat(match(TagMatcher::hashtagEnd, "#VivaMéxico!")).as("accented hashtag")
                    .isEqualTo("#VivaMéxico");
            assertThat(match(TagMatcher::hashtagEnd, "#2024_año")).as("digits then a letter")
                    .isEqualTo("#2024_año");
            assertThat(match(TagMatcher::hashtagEnd, "#1")).as("digits only").isNull();
            assertThat(match(TagMatcher::hashtagEnd, "#_")).as("underscore only").isNull();
        }
    }

    /** The subdivision flag of Scotland: black flag, tag characters "gbsct", cancel tag. */
    static final String SCOTLAND =
            "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";

    @Nested
    class Emoji {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "👍🏽x | 👍🏽",
            "❤️❤️ | ❤️",
            "👨\u200D👩\u200D👧! | 👨\u200D👩\u200D👧",
            "🇲🇽🇪🇸 | 🇲🇽",
            SCOTLAND + ". | " + SCOTLAND,
            "😀\u200Da | 😀",
        })
        void sequencesIncludeModifiersAndJoinedEmoji(String input, String expected) {
            assertThat(match(EmojiMatcher::sequenceEnd, input))
                    .as("emoji sequence at the start of \"%s\"", input).isEqualTo(expected);
        }

        @Test
        void keycapsNeedTheKeycapMark() {
            assertThat(EmojiMatcher.keycapEnd("1\uFE0F\u20E3", 1, 3)).as("with U+FE0F")
                    .isEqualTo(3);
            assertThat(EmojiMatcher.keycapEnd("#\u20E3", 1, 2)).as("without U+FE0F").isEqualTo(2);
            assertThat(EmojiMatcher.keycapEnd("1\uFE0F", 1, 2)).as("no keycap mark").isEqualTo(-1);
        }
    }

    @Nested
    class Clitics {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(quoteCharacter = '"', value = {
            "don't, 2", "DON'T, 2", "it's, 2", "we're, 2", "I'll, 1", "I've, 1", "don’t, 2",
            "dogs', -1", "n't, -1", "'s, -1", "o'clock, -1", "cannot, -1",
        })
        void finalCliticStartsLeaveAStem(String word, int expected) {
            assertThat(CliticSplitter.cliticStart(word, 0, word.length()))
                    .as("clitic start in \"%s\"", word).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(quoteCharacter = '"', value = {
            "'s car, 2", "'ll, 3", "’re., 3", "'sun, -1", "'x, -1", "', -1",
        })
        void standaloneCliticsEndBeforeANonWordChar(String text, int expected) {
            assertThat(CliticSplitter.standaloneEnd(text, 1, text.length()))
                    .as("standalone clitic in \"%s\"", text).isEqualTo(expected);
        }
    }

    @Nested
    class Numbers {

        @Test
        void signsBelongToTheNumberOnlyAfterANonWordChar() {
            assertThat(NumberRules.isSignAt("-3", 0, 2)).as("-3").isTrue();
            assertThat(NumberRules.isSignAt("(+34", 1, 4)).as("(+34").isTrue();
            assertThat(NumberRules.isSignAt("5-3", 1, 3)).as("5-3").isFalse();
            assertThat(NumberRules.isSignAt("- 3", 0, 3)).as("- 3").isFalse();
            assertThat(NumberRules.isSignAt("-", 0, 1)).as("lone -").isFalse();
        }

        @Test
        void numbersContainNoLetter() {
            assertThat(NumberRules.isNumber("1.000,50", 0, 8)).as("1.000,50").isTrue();
            assertThat(NumberRules.isNumber("3rd", 0, 3)).as("3rd").isFalse();
        }
    }
}
