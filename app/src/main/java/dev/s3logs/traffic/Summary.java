package dev.s3logs.traffic;

/** The totals of the matching requests and their latency: what the summary panels show. */
public record Summary(Totals totals, Latency latency) {
}
