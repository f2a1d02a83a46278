package io.verbo.corpus;

import java.io.Serializable;
import java.util.List;

/**
 * A kept document: one row of the tokens dataset.
 *
 * @param docId stable id (from the id column, or {@code file:position})
 * @param text the original text, or null when {@code verbo.output.keep-text} is off
 * @param label the class, or null for an unlabelled corpus
 * @param lang language code, or null
 * @param tokens the tokens, in order
 * @param split train, validation or test
 * @param source the file it came from
 * @param position where in the file (see {@link RawRecord#position()})
 */
public record TokenizedDocument(
    String docId,
    String text,
    String label,
    String lang,
    List<String> tokens,
    String split,
    String source,
    long position)
    implements Serializable {}
