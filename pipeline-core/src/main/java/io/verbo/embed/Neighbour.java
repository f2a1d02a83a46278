package io.verbo.embed;

import java.io.Serializable;

/**
 * One result of a nearest-neighbour or analogy query. Immutable.
 *
 * @param token the neighbour
 * @param index its row in the {@link WordVectors}
 * @param similarity cosine similarity to the query
 */
public record Neighbour(String token, int index, double similarity) implements Serializable {}
