package dev.s3logs.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into input objects: files, directories (recursively, in name
 * order so that runs are repeatable) and {@code -} for standard input.
 */
public final class LocalInputs {

  private LocalInputs() {
  }

  /** {@code warnings} hears of arguments that add nothing, such as an empty directory. */
  public static List<InputObject> expand(List<String> arguments, InputStream stdin,
      Consumer<String> warnings) {
    List<InputObject> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new StandardInput(stdin));
      } else {
        addPath(Path.of(argument), inputs, warnings);
      }
    }
    return inputs;
  }

  private static void addPath(Path path, List<InputObject> inputs, Consumer<String> warnings) {
    if (Files.isDirectory(path)) {
      int before = inputs.size();
      try (Stream<Path> files = Files.walk(path)) {
        files.filter(Files::isRegularFile).sorted().map(LocalFile::new).forEach(inputs::add);
      } catch (IOException | UncheckedIOException e) {
        throw new InputNotReadableException("cannot list directory " + path + ": " + e.getMessage(), e);
      }
      if (inputs.size() == before) {
        warnings.accept("no files in directory " + path);
      }
    } else if (Files.isRegularFile(path)) {
      if (!Files.isReadable(path)) {
        throw new InputNotReadableException("cannot read " + path + ": permission denied");
      }
      inputs.add(new LocalFile(path));
    } else {
      throw new InputNotReadableException("no such file or directory: " + path);
    }
  }

  private record LocalFile(Path path) implements InputObject {

    @Override
    public String name() {
      return path.toString();
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  private record StandardInput(InputStream stdin) implements InputObject {

    @Override
    public String name() {
      return "-";
    }

    @Override
    public InputStream open() {
      return new java.io.FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process, not to one input object
        }
      };
    }
  }
}
