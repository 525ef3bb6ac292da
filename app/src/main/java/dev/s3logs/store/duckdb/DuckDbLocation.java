package dev.s3logs.store.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DuckDB database file named by {@code --to duckdb:PATH}; a relative path is taken from the
 * working directory the command was given.
 */
public record DuckDbLocation(Path file) {

  private static final String SCHEME = "duckdb:";
  /** Where {@code ingest} and {@code run} store requests when {@code --to} is not given. */
  public static final String DEFAULT = SCHEME + "s3logs.duckdb";

  /** Whether {@code --to} names a DuckDB file rather than a search engine's URL. */
  public static boolean isNamedBy(String to) {
    return to.startsWith(SCHEME);
  }

  /** The file {@code to} names; refuses an empty path or a directory that does not exist. */
  public static DuckDbLocation of(String to, Path workingDirectory) {
    String path = to.substring(SCHEME.length());
    if (path.isBlank()) {
      throw new StoreException("--to " + to + ": name the database file, as in --to "
          + DEFAULT);
    }
    Path file = workingDirectory.resolve(path).toAbsolutePath().normalize();
    Path directory = file.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new StoreException("--to " + to + ": directory " + directory + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new StoreException("--to " + to + ": " + file + " is a directory, not a file");
    }
    return new DuckDbLocation(file);
  }

  /** {@code duckdb:/absolute/path}, as summaries show it. */
  public String describe() {
    return SCHEME + file;
  }
}
