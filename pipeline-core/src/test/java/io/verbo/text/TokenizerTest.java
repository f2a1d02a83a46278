package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting rules of {@link Tokenizer} with default options, table-driven. */
class TokenizerTest {

    private static final Tokenizer DEFAULT = new Tokenizer(TokenizerOptions.defaults());

    /** Asserts that {@code tokenizer} splits {@code input} into exactly {@code expected}. */
    static void check(Tokenizer tokenizer, String input, String... expected) {
        assertThat(tokenizer.tokenize(input))
                .as("tokenize(\"%s\") with %s", input, tokenizer.options())
                .containsExactly(expected);
        assertThat(tokenizer.tokens(input))
                .as("tokens(\"%s\") texts equal tokenize()", input)
                .extracting(Token::text)
                .containsExactly(expected);
    }

    private static Arguments row(String rule, String input, String... expected) {
        return Arguments.of(rule, input, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void splitsAccordingToTheDocumentedRules(String rule, String input, String[] expected) {
        assertThat(DEFAULT.tokenize(input))
                .as("rule '%s' on \"%s\"", rule, input)
                .containsExactly(expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- reference sentence and Spanish words
                row("reference sentence", "El procesamiento del lenguaje natural es fascinante.",
                        "El", "procesamiento", "del", "lenguaje", "natural", "es", "fascinante", "."),
                row("ü is a word char", "El pingüino come.", "El", "pingüino", "come", "."),
                row("ñ is a word char", "Feliz año nuevo", "Feliz", "año", "nuevo"),
                row("capital Ñ and accents", "Ñandú y canción", "Ñandú", "y", "canción"),
                row("decomposed input is composed by NFKC", "can\u0303a", "caña"),
                row("¿ splits off", "¿Qué tal?", "¿", "Qué", "tal", "?"),
                row("¡ splits off", "¡Hola, mundo!", "¡", "Hola", ",", "mundo", "!"),
                row("runs of ¡ kept", "¡¡Vamos!!", "¡¡", "Vamos", "!!"),
                row("mixed ¡¿ run kept", "¡¿En serio?!", "¡¿", "En", "serio", "?!"),
                row("guillemets split", "«Hola»", "«", "Hola", "»"),
                row("dialogue dash splits", "—Sí —dijo ella.", "—", "Sí", "—", "dijo", "ella", "."),
                row("ordinal indicator folded by NFKC", "el 1º de mayo", "el", "1o", "de", "mayo"),
                // --- English clitics (Penn Treebank)
                row("n't", "I don't know", "I", "do", "n't", "know"),
                row("can't as PTB", "You can't", "You", "ca", "n't"),
                row("won't as PTB", "It won't", "It", "wo", "n't"),
                row("isn't", "isn't", "is", "n't"),
                row("'s (is)", "it's", "it", "'s"),
                row("'re", "we're here", "we", "'re", "here"),
                row("'ll", "I'll go", "I", "'ll", "go"),
                row("'d", "I'd go", "I", "'d", "go"),
                row("'ve", "I've been", "I", "'ve", "been"),
                row("'m", "I'm fine", "I", "'m", "fine"),
                row("upper-case clitics", "DON'T I'M", "DO", "N'T", "I", "'M"),
                row("possessive", "John's car", "John", "'s", "car"),
                row("two clitics", "shouldn't've", "should", "n't", "'ve"),
                row("typographic apostrophe n't", "don\u2019t", "do", "n\u2019t"),
                row("typographic apostrophe 's", "it\u2019s", "it", "\u2019s"),
                row("typographic apostrophe 're", "we\u2019re", "we", "\u2019re"),
                row("internal apostrophes kept", "rock'n'roll", "rock'n'roll"),
                row("o'clock kept", "at five o'clock", "at", "five", "o'clock"),
                row("O'Neill kept", "O'Neill's book", "O'Neill", "'s", "book"),
                row("trailing apostrophe splits", "the dogs' bones", "the", "dogs", "'", "bones"),
                row("single quotes split", "'hello'", "'", "hello", "'"),
                row("typographic single quotes", "\u2018hi\u2019 there", "\u2018", "hi", "\u2019", "there"),
                row("decade", "the 90's", "the", "90", "'s"),
                row("n't alone is kept", "n't", "n't"),
                row("pre-split clitic 's", "her sister 's marriage", "her", "sister", "'s", "marriage"),
                row("pre-split clitics", "I 'm sure we 're fine", "I", "'m", "sure", "we", "'re", "fine"),
                row("pre-split typographic clitic", "Mary \u2019ll", "Mary", "\u2019ll"),
                row("leading apostrophe before a word", "'tis 'sup", "'", "tis", "'", "sup"),
                row("apostrophe then space", "' s", "'", "s"),
                row("cannot not split", "I cannot", "I", "cannot"),
                // --- numbers
                row("Spanish thousands and decimals", "1.000,50 €", "1.000,50", "€"),
                row("English thousands and decimals", "$1,000.50", "$", "1,000.50"),
                row("decimal", "3.5 kg", "3.5", "kg"),
                row("year", "en 2024", "en", "2024"),
                row("sentence-final number", "Nació en 2024.", "Nació", "en", "2024", "."),
                row("negative number", "a -3 grados", "a", "-3", "grados"),
                row("negative decimal", "-3,5", "-3,5"),
                row("plus sign", "+34 600", "+34", "600"),
                row("minus sign U+2212", "\u22125", "\u22125"),
                row("subtraction with spaces", "5 - 3", "5", "-", "3"),
                row("range without spaces", "1990-2000", "1990-2000"),
                row("percent", "50%", "50", "%"),
                row("dollar", "$20", "$", "20"),
                row("fraction", "4/5", "4/5"),
                row("date", "12/05/2024", "12/05/2024"),
                row("ISO date", "2024-01-15", "2024-01-15"),
                row("time splits at colon", "10:30", "10", ":", "30"),
                row("NFKC vulgar fraction", "½", "1\u20442"),
                row("ordinal suffix stays", "the 3rd time", "the", "3rd", "time"),
                row("version", "v1.2", "v1.2"),
                row("IP address", "192.168.0.1", "192.168.0.1"),
                row("comma after number", "1, 2", "1", ",", "2"),
                row("degree", "20°C", "20", "°", "C"),
                // --- hyphens, underscores, abbreviations
                row("hyphenated word", "a well-known fact", "a", "well-known", "fact"),
                row("Spanish hyphenated", "teórico-práctico", "teórico-práctico"),
                row("alphanumeric with hyphen", "COVID-19", "COVID-19"),
                row("U+2010 hyphen joins", "well\u2010known", "well\u2010known"),
                row("trailing hyphen splits", "pre- and post-war", "pre", "-", "and", "post-war"),
                row("double hyphen", "so--what", "so", "--", "what"),
                row("en dash splits", "1990\u20132000", "1990", "\u2013", "2000"),
                row("em dash splits", "yes\u2014no", "yes", "\u2014", "no"),
                row("underscore joins", "snake_case", "snake_case"),
                row("emphasis underscores split", "_very_ good", "_", "very", "_", "good"),
                row("abbreviation e.g.", "e.g. this", "e.g.", "this"),
                row("abbreviation U.S.A.", "the U.S.A. today", "the", "U.S.A.", "today"),
                row("Spanish EE.UU.", "en EE.UU.", "en", "EE.UU."),
                row("Mr. is split", "Mr. Smith", "Mr", ".", "Smith"),
                row("single letter then dot", "la letra a.", "la", "letra", "a", "."),
                // --- URLs, e-mails, mentions, hashtags
                row("https URL", "ver https://example.com/a?b=1 ahora",
                        "ver", "https://example.com/a?b=1", "ahora"),
                row("www URL", "www.example.es/x", "www.example.es/x"),
                row("http URL upper case", "HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"),
                row("trailing period after URL", "see https://x.com/a.", "see", "https://x.com/a", "."),
                row("trailing punctuation after URL", "(https://x.com/a?b=1&c=2), ok",
                        "(", "https://x.com/a?b=1&c=2", ")", ",", "ok"),
                row("balanced parentheses in URL", "https://en.wikipedia.org/wiki/Foo_(bar)",
                        "https://en.wikipedia.org/wiki/Foo_(bar)"),
                row("URL in quotes", "\"https://x.com\"", "\"", "https://x.com", "\""),
                row("URL with accents", "https://es.wikipedia.org/wiki/Año", "https://es.wikipedia.org/wiki/Año"),
                row("scheme alone is not a URL", "http:// x", "http", ":", "/", "/", "x"),
                row("bare www is a word", "the www.", "the", "www", "."),
                row("bare domain is split", "example.com", "example", ".", "com"),
                row("e-mail", "Escribe a ana.garcia@example.com.", "Escribe", "a", "ana.garcia@example.com", "."),
                row("e-mail with plus and hyphen", "j-doe+news@mail.example.org",
                        "j-doe+news@mail.example.org"),
                row("at without domain dot", "foo@bar", "foo", "@", "bar"),
                row("mention", "hola @ana_garcia!", "hola", "@ana_garcia", "!"),
                row("mention with accent", "@José", "@José"),
                row("lone at", "@ home", "@", "home"),
                row("hashtag", "#NLP rocks", "#NLP", "rocks"),
                row("accented hashtag", "¡#VivaMéxico!", "¡", "#VivaMéxico", "!"),
                row("hashtag with digits and underscore", "#Copa_2024", "#Copa_2024"),
                row("number sign", "#1 fan", "#", "1", "fan"),
                row("C sharp", "C# code", "C", "#", "code"),
                // --- emoji
                row("simple emoji", "me encanta 😍", "me", "encanta", "😍"),
                row("repeated emoji are separate", "😍😍", "😍", "😍"),
                row("different emoji are separate", "😂👍", "😂", "👍"),
                row("emoji glued to a word", "genial😍!", "genial", "😍", "!"),
                row("skin tone", "👍🏽👍🏿", "👍🏽", "👍🏿"),
                row("ZWJ family", "👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧"),
                row("ZWJ profession with tone", "👩🏽\u200D💻", "👩🏽\u200D💻"),
                row("rainbow flag", "🏳\uFE0F\u200D🌈", "🏳\uFE0F\u200D🌈"),
                row("flags", "🇲🇽🇪🇸", "🇲🇽", "🇪🇸"),
                row("lone regional indicator", "🇲 x", "🇲", "x"),
                row("heart with VS16", "te quiero ❤️", "te", "quiero", "❤️"),
                row("heart without VS16", "❤", "❤"),
                row("keycap", "1️⃣2️⃣", "1️⃣", "2️⃣"),
                row("hash keycap", "#️⃣", "#️⃣"),
                row("symbol with VS16", "©️ 2024", "©️", "2024"),
                row("symbol without VS16 is punctuation", "© 2024", "©", "2024"),
                row("subdivision flag with tags", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
                        "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F"),
                row("newer emoji unknown to the JDK", "🫠", "🫠"),
                row("dangling ZWJ dropped", "😍\u200D", "😍"),
                // --- punctuation
                row("exclamation run", "wow!!!", "wow", "!!!"),
                row("question run", "what???", "what", "???"),
                row("mixed run", "really?!?", "really", "?!?"),
                row("ellipsis", "bueno...", "bueno", "..."),
                row("ellipsis character becomes dots", "bueno…", "bueno", "..."),
                row("two dots", "a..b", "a", "..", "b"),
                row("other punctuation one by one", "(a),[b];\"c\"", "(", "a", ")", ",", "[", "b", "]", ";", "\"", "c", "\""),
                row("closing parens are separate", "))", ")", ")"),
                row("emoticon is split", ":)", ":", ")"),
                row("PTB quotes kept", "`` Hi , '' he said", "``", "Hi", ",", "''", "he", "said"),
                row("PTB single quotes", "` success , '", "`", "success", ",", "'"),
                row("ampersand", "R&D", "R", "&", "D"),
                // --- Unicode and spacing
                row("full-width folded", "Ｈｏｌａ！", "Hola", "!"),
                row("ligature folded", "\uFB01n", "fin"),
                row("no-break space separates", "10\u00A0km", "10", "km"),
                row("zero-width space separates", "a\u200Bb", "a", "b"),
                row("tabs and newlines", "uno\tdos\r\ntres\n", "uno", "dos", "tres"),
                row("Greek word", "λόγος", "λόγος"),
                row("Cyrillic word", "Привет, мир", "Привет", ",", "мир"),
                row("CJK run is not segmented", "你好世界", "你好世界"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            El         | WORD
            2024       | NUMBER
            1.000,50   | NUMBER
            -3         | NUMBER
            4/5        | NUMBER
            2024-01-15 | NUMBER
            3rd        | WORD
            n't        | WORD
            e.g.       | WORD
            https://x.com/a | URL
            www.x.es   | URL
            ana@example.com | EMAIL
            @ana       | MENTION
            #VivaMéxico | HASHTAG
            😍          | EMOJI
            🇲🇽          | EMOJI
            1️⃣          | EMOJI
            ¿          | PUNCT
            ?!?        | PUNCT
            ...        | PUNCT
            $          | PUNCT
            """)
    void typesSingleTokens(String input, TokenType expected) {
        List<Token> tokens = DEFAULT.tokens(input);
        assertThat(tokens).as("tokens of \"%s\"", input).hasSize(1);
        assertThat(tokens.get(0).type()).as("type of \"%s\"", input).isEqualTo(expected);
    }

    @Test
    void typesClitics() {
        assertThat(DEFAULT.tokens("90's"))
                .as("a clitic after a number: the stem is a NUMBER, the clitic a WORD")
                .extracting(Token::type)
                .containsExactly(TokenType.NUMBER, TokenType.WORD);
    }

    @Test
    void typesAMixedSentence() {
        assertThat(DEFAULT.tokens("¡Mira https://x.es @ana #Año 😍 3,5 ok!"))
                .extracting(Token::type)
                .containsExactly(TokenType.PUNCT, TokenType.WORD, TokenType.URL, TokenType.MENTION,
                        TokenType.HASHTAG, TokenType.EMOJI, TokenType.NUMBER, TokenType.WORD,
                        TokenType.PUNCT);
    }

    @Test
    void checkHelperAgreesForASpanishTweet() {
        check(DEFAULT, "¿Vienes a la fiesta? 🎉🎉 #finde @marta_lópez: ¡¡sí!!",
                "¿", "Vienes", "a", "la", "fiesta", "?", "🎉", "🎉", "#finde", "@marta_lópez", ":",
                "¡¡", "sí", "!!");
    }

    @Test
    void checkHelperAgreesForAnEnglishReview() {
        check(DEFAULT, "I can't believe it's only $9.99... best purchase ever!!! 👍🏽",
                "I", "ca", "n't", "believe", "it", "'s", "only", "$", "9.99", "...", "best",
                "purchase", "ever", "!!!", "👍🏽");
    }

    @Nested
    class EmptyInput {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t\n\r", "\u00A0", "\u200B", "\u3000", "\uFE0F"})
        void givesEmptyLists(String input) {
            assertThat(DEFAULT.tokenize(input)).as("tokenize(%s)", describe(input)).isEmpty();
            assertThat(DEFAULT.tokens(input)).as("tokens(%s)", describe(input)).isEmpty();
        }

        @Test
        void normalizeOfNullIsEmpty() {
            assertThat(DEFAULT.normalize(null)).as("normalize(null)").isEmpty();
        }

        @Test
        void returnedListsAreMutableAndIndependent() {
            List<String> first = DEFAULT.tokenize("");
            first.add("x");
            assertThat(DEFAULT.tokenize("")).as("a fresh list per call").isEmpty();
            List<String> second = DEFAULT.tokenize("a b");
            second.add("c");
            assertThat(second).as("caller owns the list").containsExactly("a", "b", "c");
        }

        private String describe(String input) {
            return input == null ? "null" : Arrays.toString(input.codePoints().toArray());
        }
    }

    @Nested
    class CharSequenceInput {

        @Test
        void acceptsAStringBuilder() {
            check(DEFAULT, "¿Qué tal?", "¿", "Qué", "tal", "?");
            assertThat(DEFAULT.tokenize(new StringBuilder("¿Qué tal?")))
                    .as("a StringBuilder is tokenised like the equal String")
                    .containsExactly("¿", "Qué", "tal", "?");
        }
    }
}
