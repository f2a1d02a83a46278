package io.verbo.embed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link WordVectors} in word2vec text, word2vec binary or GloVe text, readable by gensim's
 * {@code KeyedVectors.load_word2vec_format}, the original C tools and our {@link VectorFileReader}.
 * Text values are Java's shortest round-trip decimal of each float (so text round trips are exact);
 * tokens that these formats cannot hold (empty, or containing a space, tab or line break) are left
 * out and counted, and the header counts only what is written. Stateless.
 */
public final class VectorFileWriter {
  private VectorFileWriter() {}

  /**
   * @param vectors the vectors
   * @param format a concrete format (not {@link VectorFormat#AUTO})
   * @param out destination; flushed, not closed
   * @return tokens left out because the format cannot hold them
   * @throws IOException on write errors
   * @throws IllegalArgumentException for {@link VectorFormat#AUTO}
   */
  public static int write(WordVectors vectors, VectorFormat format, OutputStream out) throws IOException {
    if (format == VectorFormat.AUTO) {
      throw new IllegalArgumentException("Cannot write format auto: choose word2vec-text, word2vec-binary or glove-text");
    }
    int n = vectors.size();
    int dim = vectors.dimension();
    boolean[] ok = new boolean[n];
    int writable = 0;
    for (int i = 0; i < n; i++) {
      ok[i] = isWritable(vectors.token(i));
      writable += ok[i] ? 1 : 0;
    }
    BufferedOutputStream o = new BufferedOutputStream(out, 1 << 16);
    if (format != VectorFormat.GLOVE_TEXT) {
      o.write((writable + " " + dim + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    ByteBuffer bin = ByteBuffer.allocate(dim * 4).order(ByteOrder.LITTLE_ENDIAN);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (!ok[i]) {
        continue;
      }
      if (format == VectorFormat.WORD2VEC_BINARY) {
        o.write(vectors.token(i).getBytes(StandardCharsets.UTF_8));
        o.write(' ');
        bin.clear();
        for (int d = 0; d < dim; d++) {
          bin.putFloat(vectors.component(i, d));
        }
        o.write(bin.array(), 0, dim * 4);
        o.write('\n');
      } else {
        line.setLength(0);
        line.append(vectors.token(i));
        for (int d = 0; d < dim; d++) {
          line.append(' ').append(Float.toString(vectors.component(i, d)));
        }
        line.append('\n');
        o.write(line.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    o.flush();
    return n - writable;
  }

  /**
   * @param token a token
   * @return whether word2vec and GloVe files can hold it (non-empty, no space, tab or line break)
   */
  public static boolean isWritable(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
        return false;
      }
    }
    return true;
  }
}
