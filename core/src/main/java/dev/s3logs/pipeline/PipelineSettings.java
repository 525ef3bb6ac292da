package dev.s3logs.pipeline;

/**
 * How much of the machine a run uses.
 *
 * @param threads parser threads
 * @param fetchers objects opened ahead, each on a thread of its own (S3 GETs wait on the network)
 */
public record PipelineSettings(int threads, int fetchers) {

  public PipelineSettings {
    if (threads < 1 || fetchers < 1) {
      throw new IllegalArgumentException("threads and fetchers must be at least 1");
    }
  }

  /** Parser threads as given, and enough fetchers for a bucket of small objects. */
  public static PipelineSettings of(int threads) {
    return new PipelineSettings(threads, 16);
  }
}
