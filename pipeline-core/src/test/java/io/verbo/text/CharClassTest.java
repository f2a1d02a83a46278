package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The character classes of {@link CharClass} and the consistency of its lookup table. */
class CharClassTest {

    @ParameterizedTest(name = "U+{0} is class {1}")
    @CsvSource({
        // separators: white space, controls, format characters, stray variation selectors
        "0020, 0", "00A0, 0", "0009, 0", "200B, 0", "00AD, 0", "FE0F, 0", "E0100, 0",
        // letters: any script, combining marks, letter-like and other numbers
        "0061, 1", "00F1, 1", "0301, 1", "4E2D, 1", "2167, 1", "00BD, 1", "1D49C, 1",
        // decimal digits of any script
        "0030, 2", "0661, 2",
        // emoji bases
        "1F600, 3", "1F1F2, 3", "2764, 3", "231A, 3", "2B50, 3", "1FAFF, 3",
        // everything else
        "0021, 4", "00BF, 4", "00A9, 4", "20AC, 4", "E000, 4", "D800, 4", "2190, 4",
    })
    void classifiesCodePoints(String hex, byte expected) {
        int cp = Integer.parseInt(hex, 16);
        assertThat(CharClass.of(cp)).as("class of U+%s", hex).isEqualTo(expected);
        String s = new String(Character.toChars(cp));
        assertThat(CharClass.at(s, 0)).as("class at the start of U+%s", hex).isEqualTo(expected);
        assertThat(CharClass.before(s, s.length()))
                .as("class before the end of U+%s", hex).isEqualTo(expected);
    }

    @Test
    void tableAgreesWithCodePointClassificationForTheWholeBmp() {
        for (int c = 0; c < 0x10000; c++) {
            byte unit = CharClass.ofUnit((char) c);
            if (Character.isSurrogate((char) c)) {
                assertThat(unit).as("surrogate U+%04X is looked up by code point", c)
                        .isEqualTo(CharClass.SURROGATE);
                assertThat(CharClass.of(c)).as("unpaired surrogate U+%04X", c)
                        .isEqualTo(CharClass.PUNCT);
            } else {
                assertThat(unit).as("table entry of U+%04X", c).isEqualTo(CharClass.of(c));
            }
        }
    }

    @Test
    void theStartOfTheTextCountsAsSpace() {
        assertThat(CharClass.before("abc", 0)).as("class before index 0")
                .isEqualTo(CharClass.SPACE);
    }

    @Test
    void findsLettersInRanges() {
        assertThat(CharClass.containsLetter("12a4", 0, 4)).as("letter inside").isTrue();
        assertThat(CharClass.containsLetter("12a4", 3, 4)).as("range after the letter").isFalse();
        assertThat(CharClass.containsLetter("1,000.50", 0, 8)).as("number").isFalse();
        assertThat(CharClass.containsLetter("1\uD835\uDC9C", 0, 3))
                .as("supplementary letter").isTrue();
    }

    @Test
    void symbolsThatNeedPresentationAreNotEmojiBases() {
        assertThat(CharClass.isEmojiBase(0x00A9)).as("© needs U+FE0F").isFalse();
        assertThat(CharClass.isEmojiBase(0x2190)).as("← is an arrow symbol").isFalse();
        assertThat(CharClass.isEmojiBase(0x2600)).as("☀ is an emoji base").isTrue();
    }
}
