package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalisation step and its table-driven fast paths ({@link TextNormalizer}). */
class TextNormalizerTest {

    /** The general accent-stripping algorithm, without fast paths. */
    private static String stripSlowly(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        d.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        || CharClass.isVariationSelector(cp))
                .forEach(sb::appendCodePoint);
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    @Test
    void nfkcFastPathAgreesWithTheJdkForEveryLatinChar() {
        for (char c = 0; c < 0x300; c++) {
            String s = "a" + c + "b";
            assertThat(TextNormalizer.isNfkc(s))
                    .as("isNfkc of U+%04X", (int) c)
                    .isEqualTo(Normalizer.isNormalized(s, Normalizer.Form.NFKC));
        }
    }

    @Test
    void accentFastPathAgreesWithTheGeneralAlgorithmForEveryLatinChar() {
        for (char c = 0; c < 0x300; c++) {
            String s = "x" + c + "y";
            assertThat(TextNormalizer.stripAccents(s))
                    .as("stripAccents of U+%04X", (int) c)
                    .isEqualTo(stripSlowly(s));
        }
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
        String ascii = "Plain ASCII text, 100% NFKC.";
        assertThat(TextNormalizer.normalize(ascii, false, true))
                .as("nothing to normalise or strip").isSameAs(ascii);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "'Ａ１ ½ ﬁ', false, false, 'A1 1⁄2 fi'",
        "'ÉL AÑO', true, false, 'él año'",
        "'pingüino Ñandú', false, true, 'pinguino Nandu'",
        "'ÉL AÑO ß ø ł', true, true, 'el ano ß ø ł'",
        "'Ελληνικά ❤️', false, true, 'Ελληνικα ❤️'",
    })
    void appliesNfkcThenLowercaseThenAccentStripping(
            String input, boolean lowercase, boolean strip, String expected) {
        assertThat(TextNormalizer.normalize(input, lowercase, strip))
                .as("normalize(\"%s\", lowercase=%s, stripAccents=%s)", input, lowercase, strip)
                .isEqualTo(expected);
    }
}
