package io.verbo.embed;

import java.util.List;

/**
 * The nearest neighbours of one probe word. Immutable.
 *
 * @param probe the probe as given
 * @param found whether it has a vector (exact, or case-insensitively in the restricted vocabulary)
 * @param neighbours nearest tokens, best first (empty when not found)
 */
public record ProbeNeighbours(String probe, boolean found, List<Neighbour> neighbours) {
  /** Freezes the list. */
  public ProbeNeighbours {
    neighbours = List.copyOf(neighbours);
  }
}
