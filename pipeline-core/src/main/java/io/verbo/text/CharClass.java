package io.verbo.text;

/**
 * The five character classes the {@link Tokenizer} splits on, with a precomputed table for the
 * Basic Multilingual Plane so that the scanner classifies a {@code char} with one array load.
 *
 * <ul>
 *   <li>{@link #SPACE}: white space, control and format characters (zero-width space, soft
 *       hyphen, ...) and variation selectors. They separate tokens and are dropped.</li>
 *   <li>{@link #LETTER}: letters of any script, combining marks and letter-like numbers
 *       ({@code Ⅻ}); they form words.</li>
 *   <li>{@link #DIGIT}: decimal digits of any script.</li>
 *   <li>{@link #EMOJI}: pictographs that are emoji by default (see {@link #isEmojiBase(int)}).</li>
 *   <li>{@link #PUNCT}: everything else (punctuation, symbols, private use, unassigned code
 *       points and unpaired surrogates).</li>
 * </ul>
 *
 * <p>Stateless utility; the table is built once, when the class is initialised, and never
 * written afterwards, so all methods are thread-safe. Methods take {@code int} code points or a
 * string and an index and never allocate.
 */
final class CharClass {

    /** White space, control and format characters, variation selectors: separators. */
    static final byte SPACE = 0;
    /** Letters, combining marks, letter-like numbers. */
    static final byte LETTER = 1;
    /** Decimal digits. */
    static final byte DIGIT = 2;
    /** Emoji base characters. */
    static final byte EMOJI = 3;
    /** Everything else: punctuation, symbols, private use, unassigned. */
    static final byte PUNCT = 4;
    /** Marker in {@link #BMP} for surrogate code units: classify the code point instead. */
    static final byte SURROGATE = 5;

    /** Class of every BMP code unit; {@link #SURROGATE} for surrogates. Never modified. */
    private static final byte[] BMP = new byte[0x10000];

    static {
        for (int c = 0; c < BMP.length; c++) {
            BMP[c] = Character.isSurrogate((char) c) ? SURROGATE : classify(c);
        }
    }

    private CharClass() {
    }

    /**
     * Class of one UTF-16 code unit: the hot-path lookup.
     *
     * @param c the code unit
     * @return its class, or {@link #SURROGATE} when {@code c} is a surrogate and the class must be
     *         taken from the whole code point ({@link #of(int)})
     */
    static byte ofUnit(char c) {
        return BMP[c];
    }

    /**
     * Class of a code point.
     *
     * @param cp the code point; an unpaired surrogate is {@link #PUNCT}
     * @return its class, never {@link #SURROGATE}
     */
    static byte of(int cp) {
        if (cp < 0x10000) {
            byte k = BMP[cp];
            return k == SURROGATE ? PUNCT : k; // an unpaired surrogate
        }
        if (cp <= 0x1FAFF && cp >= 0x1F000) {
            return EMOJI;
        }
        return classify(cp);
    }

    /**
     * Class of the code point starting at {@code i}.
     *
     * @param s the text
     * @param i an index in {@code s}
     * @return the class, never {@link #SURROGATE}
     */
    static byte at(String s, int i) {
        byte k = BMP[s.charAt(i)];
        return k == SURROGATE ? of(s.codePointAt(i)) : k;
    }

    /**
     * Class of the code point ending just before {@code i}.
     *
     * @param s the text
     * @param i an index in {@code s}, or its length
     * @return the class, or {@link #SPACE} when {@code i == 0} (the start of the text)
     */
    static byte before(String s, int i) {
        if (i == 0) {
            return SPACE;
        }
        byte k = BMP[s.charAt(i - 1)];
        return k == SURROGATE ? of(s.codePointBefore(i)) : k;
    }

    /**
     * Whether a class is {@link #LETTER} or {@link #DIGIT}.
     *
     * @param k a class
     * @return whether it is alphanumeric
     */
    static boolean isAlnum(byte k) {
        return k == LETTER || k == DIGIT;
    }

    /**
     * Whether {@code s[from, to)} contains a {@link #LETTER}.
     *
     * @param s    the text
     * @param from inclusive start
     * @param to   exclusive end
     * @return whether a letter occurs in the range
     */
    static boolean containsLetter(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            byte k = BMP[s.charAt(j)];
            if (k == LETTER || (k == SURROGATE && of(s.codePointAt(j)) == LETTER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is an apostrophe: ASCII {@code '} or the typographic {@code ’} (U+2019).
     *
     * @param c a code unit
     * @return whether it is one of the two apostrophes
     */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Whether {@code cp} is a variation selector (U+FE00–U+FE0F, U+E0100–U+E01EF). They are
     * {@link #SPACE} when they stand alone and survive accent stripping.
     *
     * @param cp a code point
     * @return whether it is a variation selector
     */
    static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /**
     * Pictographs that are emoji by default, as opposed to symbols such as {@code ©} that need
     * U+FE0F to be shown as emoji: the whole U+1F000–U+1FAFF block (including code points that
     * are unassigned in this JDK's Unicode version, so newer emoji still count), the other
     * symbols of U+2600–U+27BF, and a few technical and arrow symbols.
     *
     * @param cp a code point
     * @return whether it is an emoji base
     */
    static boolean isEmojiBase(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return true; // includes code points unassigned in this JDK's Unicode version
        }
        if (cp >= 0x2600 && cp <= 0x27BF) {
            return Character.getType(cp) == Character.OTHER_SYMBOL;
        }
        if ((cp >= 0x23E9 && cp <= 0x23F3) || (cp >= 0x23F8 && cp <= 0x23FA)) {
            return true;
        }
        return switch (cp) {
            case 0x231A, 0x231B, 0x2328, 0x23CF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55 -> true;
            default -> false;
        };
    }

    /** Computes the class of a code point from its Unicode general category. */
    private static byte classify(int cp) {
        if (isEmojiBase(cp)) {
            return EMOJI;
        }
        if (isVariationSelector(cp)) {
            return SPACE;
        }
        return switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.CONTROL, Character.FORMAT -> SPACE;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> LETTER;
            case Character.DECIMAL_DIGIT_NUMBER -> DIGIT;
            default -> PUNCT;
        };
    }
}
