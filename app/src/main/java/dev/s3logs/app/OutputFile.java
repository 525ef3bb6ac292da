package dev.s3logs.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a file that a command writes, failing with a sentence that names the file and why. */
final class OutputFile {

  private OutputFile() {
  }

  /** {@code what} names the content for the message, e.g. "failures". */
  static OutputStream create(Path path, String what) {
    try {
      return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + " to " + path + ": " + reason(e), e);
    }
  }

  /** The JDK's messages for these two are just the path. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    return e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
  }
}
