package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParsingTest {
  private static List<CsvRecordSplitter.Chunk> split(byte[] bytes, int max) {
    List<CsvRecordSplitter.Chunk> out = new ArrayList<>();
    new CsvRecordSplitter(new ByteArrayInputStream(bytes), max).forEachRemaining(out::add);
    return out;
  }

  private static List<String> records(String text) {
    return split(text.getBytes(StandardCharsets.UTF_8), 1 << 20).stream()
        .map(c -> new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8))
        .toList();
  }

  @Test
  void quotedNewlinesStayInTheRecordAndLinesAreCounted() {
    String csv = "h1,h2\r\na,\"x\ny\"\n\nb,\"he said \"\"hi\"\"\"\n";
    List<CsvRecordSplitter.Chunk> chunks = split(csv.getBytes(StandardCharsets.UTF_8), 1000);
    assertThat(records(csv)).as("CRLF stripped, blank line skipped, quoted newline kept")
        .containsExactly("h1,h2", "a,\"x\ny\"", "b,\"he said \"\"hi\"\"\"");
    assertThat(chunks).extracting(CsvRecordSplitter.Chunk::line).as("start lines").containsExactly(1L, 2L, 5L);
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b', '\n'};
    assertThat(split(bom, 100)).singleElement()
        .satisfies(c -> assertThat(new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8)).isEqualTo("a,b"));
  }

  @Test
  void unterminatedQuoteIsFlaggedAtEndOfStream() {
    List<CsvRecordSplitter.Chunk> chunks = split("a,b\nc,\"never\nclosed\n".getBytes(StandardCharsets.UTF_8), 100);
    assertThat(chunks).hasSize(2);
    assertThat(chunks.get(1).unterminatedQuote()).as("open quote at EOF").isTrue();
    assertThat(chunks.get(0).unterminatedQuote()).isFalse();
  }

  @Test
  void tooLargeRecordIsTruncatedAndFlaggedAndTheNextRecordIsIntact() {
    String big = "x".repeat(500);
    List<CsvRecordSplitter.Chunk> chunks = split(("1," + big + "\n2,ok\n").getBytes(StandardCharsets.UTF_8), 100);
    assertThat(chunks).hasSize(2);
    assertThat(chunks.get(0).tooLarge()).isTrue();
    assertThat(chunks.get(0).length()).as("bounded memory").isEqualTo(100);
    assertThat(new String(chunks.get(1).bytes(), 0, chunks.get(1).length(), StandardCharsets.UTF_8)).isEqualTo("2,ok");
  }

  @Test
  void lastRecordWithoutNewline() {
    assertThat(records("a\nb")).containsExactly("a", "b");
    assertThat(records("")).isEmpty();
  }

  @Test
  void fieldsFollowRfc4180() throws MalformedRecordException {
    assertThat(CsvFieldParser.parse("a,\"b,c\",\"d \"\"e\"\"\",", ','))
        .as("quoted separator, doubled quotes, trailing empty field")
        .containsExactly("a", "b,c", "d \"e\"", "");
    assertThat(CsvFieldParser.parse("", ',')).as("empty record = one empty field").containsExactly("");
    assertThat(CsvFieldParser.parse("a\tb", '\t')).as("tab separator").containsExactly("a", "b");
    assertThat(CsvFieldParser.parse("say \"hi\" now,x", ',')).as("quote inside unquoted field is literal")
        .containsExactly("say \"hi\" now", "x");
    assertThat(CsvFieldParser.parse("\"multi\nline\",2", ',')).containsExactly("multi\nline", "2");
  }

  @Test
  void charactersAfterClosingQuoteAreMalformed() {
    assertThatThrownBy(() -> CsvFieldParser.parse("1,\"Great \"product\" really\",x", ','))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageContaining("after the closing quote of field 2");
  }

  @Test
  void unclosedQuoteIsMalformed() {
    assertThatThrownBy(() -> CsvFieldParser.parse("1,\"open", ','))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageContaining("never closed");
  }
}
