package io.verbo.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 strictly: malformed or unmappable bytes are reported, never replaced. Not
 * thread-safe (it reuses one decoder); create one per partition.
 */
public final class StrictUtf8 {
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * @param bytes buffer
   * @param offset first byte
   * @param length number of bytes
   * @return the decoded string, or null when the bytes are not valid UTF-8 (see {@link
   *     #describeError})
   */
  public String decodeOrNull(byte[] bytes, int offset, int length) {
    try {
      return decoder.reset().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Explains where the first invalid sequence is, for the rejects' detail column.
   *
   * @param bytes buffer
   * @param offset first byte
   * @param length number of bytes
   * @return e.g. {@code invalid UTF-8 byte 0xC3 at byte 17 of the record}
   */
  public String describeError(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return "invalid UTF-8";
    }
    int at = in.position();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length() && at + i < offset + length; i++) {
      hex.append(String.format(Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ", bytes[at + i] & 0xFF));
    }
    return String.format(
        Locale.ROOT, "invalid UTF-8 byte sequence %s at byte %d of the record", hex, at - offset);
  }

  /**
   * Renders bytes for a human, with invalid sequences replaced by U+FFFD (only for the rejects'
   * {@code raw} column, never for data).
   *
   * @param bytes buffer
   * @param offset first byte
   * @param length number of bytes
   * @return a printable string
   */
  public static String lenient(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }
}
