package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** word2vec text/binary and GloVe text: round trips, interoperability details and bad lines. */
class VectorFormatsTest {
  private static WordVectors sample() {
    return new WordVectors(List.of("año", "niño", "😍", "the", "naïve"), new long[] {9, 7, 5, 3, 1},
        new float[] {0.1f, -2.5e-7f, 3f, 1e-3f, -0.333333f, 12345.678f, 0, -0f, Float.MIN_NORMAL, 1, 2, 3, -1, -2, -3},
        3);
  }

  private static byte[] write(WordVectors v, VectorFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorFileWriter.write(v, f, out);
    return out.toByteArray();
  }

  private static VectorFileReader.Result read(byte[] b, VectorFormat f) throws IOException {
    return VectorFileReader.read(new ByteArrayInputStream(b), f);
  }

  private static VectorFileReader.Result read(String s, VectorFormat f) throws IOException {
    return read(s.getBytes(StandardCharsets.UTF_8), f);
  }

  @Test
  void everyFormatRoundTripsExactlyWithNonAsciiTokens() throws IOException {
    WordVectors v = sample();
    for (VectorFormat f : List.of(VectorFormat.WORD2VEC_TEXT, VectorFormat.WORD2VEC_BINARY, VectorFormat.GLOVE_TEXT)) {
      byte[] bytes = write(v, f);
      for (VectorFormat how : List.of(f, VectorFormat.AUTO)) {
        VectorFileReader.Result r = read(bytes, how);
        assertThat(r.format()).as("format %s read as %s", f, how).isEqualTo(f);
        assertThat(r.bad().total()).as("no bad line in our own %s file", f).isZero();
        assertThat(r.vectors().tokens()).as("tokens and order kept (%s)", f).isEqualTo(v.tokens());
        for (int i = 0; i < v.size(); i++) {
          assertThat(r.vectors().vector(i)).as("%s: values of %s bit-exact", f, v.token(i)).containsExactly(v.vector(i));
        }
      }
    }
  }

  @Test
  void layoutMatchesWhatGensimAndTheCToolExpect() throws IOException {
    WordVectors v = new WordVectors(List.of("é"), new long[] {1}, new float[] {1.5f, -2f}, 2);
    assertThat(new String(write(v, VectorFormat.WORD2VEC_TEXT), StandardCharsets.UTF_8))
        .as("header, then token and values separated by single spaces").isEqualTo("1 2\né 1.5 -2.0\n");
    assertThat(new String(write(v, VectorFormat.GLOVE_TEXT), StandardCharsets.UTF_8)).isEqualTo("é 1.5 -2.0\n");
    byte[] bin = write(v, VectorFormat.WORD2VEC_BINARY);
    ByteBuffer expected = ByteBuffer.allocate(4 + 3 + 8 + 1).order(ByteOrder.LITTLE_ENDIAN);
    expected.put("1 2\n".getBytes(StandardCharsets.US_ASCII)).put("é ".getBytes(StandardCharsets.UTF_8))
        .putFloat(1.5f).putFloat(-2f).put((byte) '\n');
    assertThat(bin).as("ASCII header, UTF-8 token, space, little-endian float32, newline (word2vec.c)")
        .containsExactly(expected.array());
    byte[] gensimStyle = java.util.Arrays.copyOf(bin, bin.length - 1);
    byte[] two = new byte[4 + 2 * (gensimStyle.length - 4)];
    ByteBuffer b = ByteBuffer.wrap(two).order(ByteOrder.LITTLE_ENDIAN);
    b.put("2 2\n".getBytes(StandardCharsets.US_ASCII)).put(gensimStyle, 4, gensimStyle.length - 4)
        .put("x ".getBytes(StandardCharsets.US_ASCII)).putFloat(3f).putFloat(4f);
    VectorFileReader.Result r = read(two, VectorFormat.AUTO);
    assertThat(r.vectors().tokens()).as("gensim 4 writes no newline after a vector; both layouts read")
        .containsExactly("é", "x");
    assertThat(r.vectors().vector(1)).containsExactly(3f, 4f);
  }

  @Test
  void tokensTheFormatsCannotHoldAreLeftOutAndCounted() throws IOException {
    WordVectors v = new WordVectors(List.of("ok", "two words", "tab\there"), new long[3], new float[] {1, 2, 3}, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(VectorFileWriter.write(v, VectorFormat.WORD2VEC_TEXT, out)).as("two tokens left out").isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).as("header counts what is written").isEqualTo("1 1\nok 1.0\n");
  }

  @Test
  void badGloveLinesAreCountedNotFatal() throws IOException {
    String glove = String.join("\n",
        "the 0.1 0.2 0.3",
        "of 0.4 0.5",                       // wrong dimension
        "and 0.1 abc 0.3",                  // not a number
        "to 0.1 NaN 0.3",                   // non-finite
        "in 1e39 0 0",                      // overflows float
        "",                                 // blank
        "the 9 9 9",                        // duplicate: first kept
        "a 1 2 3 4",                        // wrong dimension
        "is 0.7 0.8 0.9\r",                 // CRLF is fine
        "fin 1.0f 0 0")                     // Java float syntax is not a number here
        + "\n";
    byte[] bytes = (glove + "bad\u0000 1 2 3\n").getBytes(StandardCharsets.UTF_8);
    byte[] withInvalid = new byte[bytes.length + 8];
    System.arraycopy(bytes, 0, withInvalid, 0, bytes.length);
    System.arraycopy(new byte[] {'x', (byte) 0xC3, '(', ' ', '1', ' ', '2', ' '}, 0, withInvalid, bytes.length, 8);
    VectorFileReader.Result r = read(withInvalid, VectorFormat.AUTO);
    assertThat(r.format()).isEqualTo(VectorFormat.GLOVE_TEXT);
    assertThat(r.vectors().dimension()).as("dimension from the common line length").isEqualTo(3);
    assertThat(r.vectors().tokens()).containsExactly("the", "is", "bad\u0000");
    assertThat(r.vectors().vector("the").orElseThrow()).as("first occurrence kept").containsExactly(0.1f, 0.2f, 0.3f);
    assertThat(r.bad().byReason()).as("every bad line counted by reason").isEqualTo(Map.of(
        BadLines.WRONG_DIMENSION, 2L, BadLines.NOT_A_NUMBER, 2L, BadLines.NON_FINITE, 2L,
        BadLines.EMPTY_LINE, 1L, BadLines.DUPLICATE_TOKEN, 1L, BadLines.INVALID_UTF8, 1L));
    assertThat(r.entries()).as("entries = kept + bad").isEqualTo(r.vectors().size() + r.bad().total());
    assertThat(r.bad().examples().get(0).line()).as("line numbers are 1-based").isEqualTo(2);
    assertThat(r.bad().examples().get(0).detail()).contains("2 values", "'of'", "expected 3");
  }

  @Test
  void word2vecTextHeaderIsRequiredAndCheckedButACountMismatchIsNotFatal() throws IOException {
    VectorFileReader.Result r = read("3 2\na 1 2\nb 3\n", VectorFormat.WORD2VEC_TEXT);
    assertThat(r.headerCount()).isEqualTo(3);
    assertThat(r.entries()).isEqualTo(2);
    assertThat(r.vectors().tokens()).containsExactly("a");
    assertThat(r.bad().byReason()).isEqualTo(Map.of(BadLines.WRONG_DIMENSION, 1L));
    assertThatThrownBy(() -> read("a 1 2\n", VectorFormat.WORD2VEC_TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glove-text");
  }

  @Test
  void truncatedBinaryKeepsWhatWasComplete() throws IOException {
    byte[] bin = write(sample(), VectorFormat.WORD2VEC_BINARY);
    VectorFileReader.Result r = read(java.util.Arrays.copyOf(bin, bin.length - 6), VectorFormat.WORD2VEC_BINARY);
    assertThat(r.vectors().size()).as("the last entry is cut").isEqualTo(4);
    assertThat(r.bad().byReason()).isEqualTo(Map.of(BadLines.TRUNCATED, 1L));
    byte[] nan = write(new WordVectors(List.of("n", "ok"), new long[2], new float[] {Float.NaN, 1}, 1), VectorFormat.WORD2VEC_BINARY);
    assertThat(read(nan, VectorFormat.AUTO).bad().byReason()).isEqualTo(Map.of(BadLines.NON_FINITE, 1L));
  }

  @Test
  void detectionTellsTheFormatsApart() throws IOException {
    for (VectorFormat f : List.of(VectorFormat.WORD2VEC_TEXT, VectorFormat.WORD2VEC_BINARY, VectorFormat.GLOVE_TEXT)) {
      BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(write(sample(), f)));
      assertThat(VectorFileReader.detect(in)).isEqualTo(f);
      assertThat(in.read()).as("stream reset after detection").isEqualTo(f == VectorFormat.GLOVE_TEXT ? 'a' : '5');
    }
  }
}
