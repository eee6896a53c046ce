package io.kubelab.scheduler;

import java.util.Random;

/**
 * ScriptedRandom returns scripted 32-bit words first, then the sequence of an ordinary seeded
 * {@link Random}, so rejection loops still end.
 *
 * <p>On JDK 17 every public method of {@link Random} draws through {@code next(bits)}
 * (docs/design/randomness.md §3), so scripting it reaches {@code nextInt()}, {@code nextLong()},
 * {@code nextDouble()}, {@code ints()} and the rest: (0x80000000, 0) makes {@code nextInt()} return
 * {@code Integer.MIN_VALUE} and {@code nextLong()} return {@code Long.MIN_VALUE}; (0xFFFFFFFF,
 * 0xFFFFFFFF) makes {@code nextDouble()} as close to 1 as it gets.
 */
final class ScriptedRandom extends Random {
  private static final long serialVersionUID = 1L;

  private final int[] words;
  private int next;

  ScriptedRandom(long fallbackSeed, int... words) {
    super(fallbackSeed);
    this.words = words.clone();
  }

  @Override
  protected int next(int bits) {
    // Random's constructor may run before the field is set.
    if (words == null || next >= words.length) {
      return super.next(bits);
    }
    return words[next++] >>> (32 - bits);
  }
}
