package io.verbo.text;

import static io.verbo.text.TokenizerTest.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TokenizerOptions}: validation, defaults and the effect of each option. */
class TokenizerOptionsTest {

    private static final Tokenizer LOWER = new Tokenizer(new TokenizerOptions(true, false, 0));
    private static final Tokenizer STRIP = new Tokenizer(new TokenizerOptions(false, true, 0));
    private static final Tokenizer BOTH = new Tokenizer(new TokenizerOptions(true, true, 0));

    @Test
    void defaultsKeepCaseAndAccentsWithoutLimit() {
        TokenizerOptions d = TokenizerOptions.defaults();
        assertThat(d.lowercase()).as("default lowercase").isFalse();
        assertThat(d.stripAccents()).as("default stripAccents").isFalse();
        assertThat(d.maxTokens()).as("default maxTokens (unlimited)").isZero();
        assertThat(d).as("defaults equal the explicit record").isEqualTo(new TokenizerOptions(false, false, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -100, Integer.MIN_VALUE})
    void rejectsNegativeMaxTokens(int maxTokens) {
        assertThatThrownBy(() -> new TokenizerOptions(false, false, maxTokens))
                .as("maxTokens=%d", maxTokens)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxTokens")
                .hasMessageContaining(String.valueOf(maxTokens));
    }

    @Test
    void rejectsNullOptions() {
        assertThatThrownBy(() -> new Tokenizer(null))
                .as("a tokenizer needs options")
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("options");
    }

    @Test
    void exposesItsOptions() {
        TokenizerOptions o = new TokenizerOptions(true, false, 7);
        assertThat(new Tokenizer(o).options()).as("options()").isSameAs(o);
        assertThat(new Tokenizer(o)).as("equal options, equal tokenizers")
                .isEqualTo(new Tokenizer(new TokenizerOptions(true, false, 7)))
                .hasSameHashCodeAs(new Tokenizer(new TokenizerOptions(true, false, 7)));
    }

    @Test
    void lowercaseUsesTheRootLocale() {
        check(LOWER, "El Año NUEVO", "el", "año", "nuevo");
        check(LOWER, "¿QUÉ TAL?", "¿", "qué", "tal", "?");
        check(LOWER, "DON'T #VivaMéxico @Ana HTTPS://X.COM/A", "do", "n't", "#vivaméxico", "@ana", "https://x.com/a");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            check(LOWER, "TITLE IN", "title", "in");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "canción, cancion",
        "pingüino, pinguino",
        "año, ano",
        "Ñandú, Nandu",
        "façade, facade",
        "crème brûlée, creme brulee",
        "Ǣ, Æ",
        "straße, straße",
        "øre, øre",
        "λόγος, λογος",
    })
    void stripAccentsRemovesCombiningMarks(String input, String expected) {
        assertThat(STRIP.normalize(input)).as("stripAccents of \"%s\"", input).isEqualTo(expected);
    }

    @Test
    void stripAccentsKeepsEmojiVariationSelectorsAndHangul() {
        assertThat(STRIP.normalize("❤️ é")).as("U+FE0F is not an accent").isEqualTo("❤️ e");
        assertThat(STRIP.normalize("한국어 é")).as("Hangul syllables are recomposed").isEqualTo("한국어 e");
    }

    @Test
    void stripAccentsLatinFastPathAgreesWithTheGeneralPath() {
        StringBuilder latin = new StringBuilder();
        for (char c = 0xC0; c < 0x300; c++) {
            if (Character.isLetter(c)) {
                latin.append(c).append(' ');
            }
        }
        String text = latin.toString();
        String fast = STRIP.normalize(text);
        String general = STRIP.normalize(text + "한");
        assertThat(fast + "한").as("table path vs NFD/NFC path").isEqualTo(general);
    }

    @Test
    void stripAccentsDoesNotChangeTheSplitting() {
        check(STRIP, "¿Qué tal, Ñandú?", "¿", "Que", "tal", ",", "Nandu", "?");
        check(BOTH, "El Pingüino de SEÑOR Núñez #VivaMéxico",
                "el", "pinguino", "de", "senor", "nunez", "#vivamexico");
    }

    @Test
    void lowercaseLeavesSpecialTokensIntact() {
        check(BOTH, "ANA.GARCÍA@EXAMPLE.COM 😍👍🏽", "ana.garcia@example.com", "😍", "👍🏽");
    }

    @ParameterizedTest(name = "[{index}] maxTokens={0}")
    @CsvSource({
        "1, 'El'",
        "3, 'El procesamiento del'",
        "8, 'El procesamiento del lenguaje natural es fascinante .'",
        "100, 'El procesamiento del lenguaje natural es fascinante .'",
        "0, 'El procesamiento del lenguaje natural es fascinante .'",
    })
    void maxTokensKeepsTheFirstTokens(int maxTokens, String expected) {
        Tokenizer t = new Tokenizer(new TokenizerOptions(false, false, maxTokens));
        String input = "El procesamiento del lenguaje natural es fascinante.";
        check(t, input, expected.split(" "));
    }

    @Test
    void maxTokensCountsSplitClitics() {
        check(new Tokenizer(new TokenizerOptions(false, false, 1)), "don't go", "do");
        check(new Tokenizer(new TokenizerOptions(false, false, 2)), "don't go", "do", "n't");
        check(new Tokenizer(new TokenizerOptions(false, false, 2)), "shouldn't've", "should", "n't");
    }
}
