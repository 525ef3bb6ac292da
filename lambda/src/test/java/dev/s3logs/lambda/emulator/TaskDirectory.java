package dev.s3logs.lambda.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The deployment package as Lambda lays it out: a jar uploaded as the function's code is
 * extracted into the task root ({@code /var/task}), from which the runtime loads the handler's
 * classes and resources.
 */
public final class TaskDirectory {

  private TaskDirectory() {
  }

  /** Extracts {@code jar} into {@code directory}, emptied first. */
  public static Path extract(Path jar, Path directory) {
    try {
      delete(directory);
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          copy(zip, entries.nextElement(), directory);
        }
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + jar + " into " + directory, e);
    }
  }

  private static void copy(ZipFile zip, ZipEntry entry, Path directory) throws IOException {
    Path target = directory.resolve(entry.getName()).normalize();
    if (!target.startsWith(directory)) {
      throw new IOException("entry " + entry.getName() + " leaves the directory");
    }
    if (entry.isDirectory()) {
      Files.createDirectories(target);
      return;
    }
    Files.createDirectories(target.getParent());
    try (InputStream in = zip.getInputStream(entry)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
