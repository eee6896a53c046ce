package io.kubelab.grader.batch;

/**
 * Shard is one slice of a class, {@code K/N}: the submissions at positions K-1, K-1+N, K-1+2N, ...
 * of the sorted listing. Every shard of a run sees the same listing, so N shards grade each
 * submission exactly once, wherever each runs (a Kubernetes Indexed Job, a CI matrix).
 */
public record Shard(int index, int count) {
  /** The whole class in one run. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "a shard is K/N with 1 <= K <= N, such as 2/3; got " + index + "/" + count);
    }
  }

  /** Reads {@code K/N}, such as {@code 2/3}. */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    try {
      if (parts.length == 2) {
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
    } catch (NumberFormatException e) {
      // Reported below with the same message as any other malformed shard.
    }
    throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, such as 2/3; got " + text);
  }

  /** Whether the submission at {@code position} (0-based) of the sorted listing is this shard's. */
  public boolean includes(int position) {
    return position % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
