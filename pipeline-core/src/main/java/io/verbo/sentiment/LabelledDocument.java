package io.verbo.sentiment;

import java.util.List;

/**
 * A tokenized document with its class name, as the tokens dataset holds it.
 *
 * @param label the class name ({@code null}: unlabelled)
 * @param tokens the tokens in order
 */
public record LabelledDocument(String label, List<String> tokens) {}
