package dev.s3logs.traffic;

/** How many matching requests had {@code value}. */
public record Count(String value, long requests) {
}
