package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8Test {
  private final StrictUtf8 utf8 = new StrictUtf8();

  @Test
  void validTextDecodes() {
    byte[] b = "año pingüino ¿qué? 😍🇲🇽".getBytes(StandardCharsets.UTF_8);
    assertThat(utf8.decodeOrNull(b, 0, b.length)).isEqualTo("año pingüino ¿qué? 😍🇲🇽");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"C328", "FF", "C0AF", "E282", "EDA080", "F4908080"})
  void invalidSequencesAreReportedNotReplaced(String hex) {
    byte[] bad = new byte[hex.length() / 2 + 2];
    bad[0] = 'o';
    bad[1] = 'k';
    for (int i = 0; i < hex.length() / 2; i++) {
      bad[i + 2] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    assertThat(utf8.decodeOrNull(bad, 0, bad.length)).as("0x%s is invalid UTF-8", hex).isNull();
    assertThat(utf8.describeError(bad, 0, bad.length)).as("detail names byte and offset")
        .contains("0x" + hex.substring(0, 2))
        .contains("at byte 2");
  }
}
