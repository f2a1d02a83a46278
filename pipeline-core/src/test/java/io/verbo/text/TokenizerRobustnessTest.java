package io.verbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Serialisation, concurrent use and randomised input. */
class TokenizerRobustnessTest {

    private static final List<String> SAMPLES = List.of(
            "El procesamiento del lenguaje natural es fascinante.",
            "¿Qué tal? ¡¡Muy bien!! Feliz año, Ñandú, pingüino.",
            "I don't know if it's John's or we're wrong; I'll see, I'd say.",
            "Cuesta 1.000,50 € o $1,000.50 (un 50% más) el 12/05/2024 a -3 grados.",
            "Mira https://example.com/a?b=1. o escribe a ana.garcia@example.com @ana #VivaMéxico",
            "😍😍 👍🏽 👨\u200D👩\u200D👧 🇲🇽 ❤️ wow!!! really?!? hmm...",
            "A well-known, rock'n'roll o'clock e.g. U.S.A. EE.UU. story…");

    /** Characters chosen to hit every branch of the scanner, including broken surrogates. */
    private static final String[] PIECES = {
        "a", "Ñ", "ü", "é", "\u0301", "1", "0", "٣", ".", ",", "-", "\u2010", "_", "'", "\u2019",
        "/", "@", "#", "*", "!", "?", "¡", "¿", "+", "\u2212", "%", "$", "(", ")", "[", "]", "\"",
        " ", "\t", "\n", "\u00A0", "\u200B", "\u200D", "\uFE0F", "\u20E3", "😍", "🏽", "🇲", "🇽",
        "❤", "©", "…", "½", "ﬁ", "Ｈ", "İ", "ǅ", "한", "中", "\uD83D", "\uDE0D", "\uDB40\uDC67",
        "http://", "https://", "www.", "n't", "'s", "e.", "x.com", "ana@", "\u0000",
    };

    @Test
    void survivesJavaSerialisation() throws Exception {
        TokenizerOptions options = new TokenizerOptions(true, true, 5);
        Tokenizer original = new Tokenizer(options);
        Tokenizer copy = roundTrip(original);
        assertThat(copy).as("deserialised tokenizer").isNotSameAs(original).isEqualTo(original);
        assertThat(copy.options()).as("deserialised options").isEqualTo(options);
        for (String sample : SAMPLES) {
            assertThat(copy.tokenize(sample)).as("copy tokenises \"%s\" like the original", sample)
                    .isEqualTo(original.tokenize(sample));
        }
        assertThat(roundTrip(TokenizerOptions.defaults())).as("options alone")
                .isEqualTo(TokenizerOptions.defaults());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentUseGivesIdenticalResults() throws Exception {
        Tokenizer tokenizer = new Tokenizer(new TokenizerOptions(true, false, 0));
        List<List<String>> expected = new ArrayList<>();
        for (String sample : SAMPLES) {
            expected.add(tokenizer.tokenize(sample));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<List<String>>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    List<List<String>> last = null;
                    for (int round = 0; round < 2_000; round++) {
                        List<List<String>> results = new ArrayList<>();
                        for (String sample : SAMPLES) {
                            results.add(tokenizer.tokenize(sample));
                        }
                        if (!results.equals(expected)) {
                            return results;
                        }
                        last = results;
                    }
                    return last;
                });
            }
            for (Future<List<List<String>>> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).as("results of one thread").isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void randomTextNeverBreaksTheContract() {
        Random random = new Random(20240601L);
        Tokenizer[] tokenizers = {
            new Tokenizer(TokenizerOptions.defaults()),
            new Tokenizer(new TokenizerOptions(true, true, 0)),
            new Tokenizer(new TokenizerOptions(false, false, 4)),
        };
        StringBuilder sb = new StringBuilder();
        for (int iteration = 0; iteration < 5_000; iteration++) {
            sb.setLength(0);
            int pieces = 1 + random.nextInt(25);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = sb.toString();
            for (Tokenizer t : tokenizers) {
                TokenOffsetsTest.assertOffsetsConsistent(t, input);
                if (t.options().maxTokens() > 0) {
                    assertThat(t.tokenize(input)).as("limit on \"%s\"", input)
                            .hasSizeLessThanOrEqualTo(t.options().maxTokens());
                }
            }
        }
    }

    @Test
    void retokenisingTheSpaceJoinedTokensGivesTheSameTokens() {
        for (Tokenizer t : new Tokenizer[] {
            new Tokenizer(TokenizerOptions.defaults()), new Tokenizer(new TokenizerOptions(true, true, 0))}) {
            for (String sample : SAMPLES) {
                List<String> once = t.tokenize(sample);
                assertThat(t.tokenize(String.join(" ", once)))
                        .as("already tokenised text stays as it is: \"%s\"", String.join(" ", once))
                        .isEqualTo(once);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
