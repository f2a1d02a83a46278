package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-thread contract of {@link Nd4jThreads}. */
class Nd4jThreadsTest {

  @Test
  void setChangesOnlyTheCallingThreadAndReturnsThePreviousCount() throws InterruptedException {
    int mine = Nd4jThreads.current();
    int other = mine + 1;
    AtomicInteger seenThere = new AtomicInteger();
    AtomicInteger previousThere = new AtomicInteger();
    AtomicInteger clamped = new AtomicInteger();
    Thread t =
        new Thread(
            () -> {
              previousThere.set(Nd4jThreads.set(other));
              seenThere.set(Nd4jThreads.current());
              Nd4jThreads.set(0);
              clamped.set(Nd4jThreads.current());
            });
    t.start();
    t.join();

    assertThat(seenThere.get()).as("the other thread got its count").isEqualTo(other);
    assertThat(previousThere.get()).as("set returns that thread's previous count").isPositive();
    assertThat(clamped.get()).as("below 1 counts as 1").isEqualTo(1);
    assertThat(Nd4jThreads.current()).as("this thread is untouched").isEqualTo(mine);
  }
}
