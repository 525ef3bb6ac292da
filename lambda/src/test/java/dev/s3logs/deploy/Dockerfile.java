package dev.s3logs.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile as its instructions, grouped by stage: comments dropped, lines continued with a
 * backslash joined. Enough to check what the file says, not a builder.
 */
record Dockerfile(List<Instruction> preamble, List<List<Instruction>> stages) {

  /** One instruction: its keyword in capitals and the rest of its (joined) line. */
  record Instruction(String keyword, String arguments) {
  }

  static Dockerfile read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dockerfile parse(String text) {
    List<Instruction> preamble = new ArrayList<>();
    List<List<Instruction>> stages = new ArrayList<>();
    for (String line : logicalLines(text)) {
      String[] parts = line.split("\\s+", 2);
      Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT),
          parts.length > 1 ? parts[1].trim() : "");
      if (instruction.keyword().equals("FROM")) {
        stages.add(new ArrayList<>());
      }
      (stages.isEmpty() ? preamble : stages.get(stages.size() - 1)).add(instruction);
    }
    return new Dockerfile(preamble, stages);
  }

  /** The stage's instructions with this keyword. */
  static List<String> arguments(List<Instruction> stage, String keyword) {
    return stage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments)
        .toList();
  }

  List<Instruction> last() {
    return stages.get(stages.size() - 1);
  }

  private static List<String> logicalLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || trimmed.isEmpty() && current.isEmpty()) {
        continue;
      }
      boolean continued = trimmed.endsWith("\\");
      current.append(continued ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed)
          .append(' ');
      if (!continued) {
        lines.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return lines;
  }
}
