package dev.s3logs.bench;

import java.util.Arrays;
import java.util.List;

/**
 * One capture of the grok pattern. Logstash reads a name such as {@code [aws][s3access][bucket]}
 * as a path into nested objects, so the path is split once here rather than per line.
 *
 * @param name the capture name as java-grok reports it, without the {@code :int} suffix
 * @param parents the enclosing object names, outermost first (empty for a top-level field)
 * @param leaf the field's own name
 * @param numeric whether the pattern asks for {@code :int}
 */
record GrokField(String name, List<String> parents, String leaf, boolean numeric) {

  static GrokField of(String name, boolean numeric) {
    if (!name.startsWith("[")) {
      return new GrokField(name, List.of(), name, numeric);
    }
    List<String> path = Arrays.asList(name.substring(1, name.length() - 1).split("]\\["));
    return new GrokField(name, List.copyOf(path.subList(0, path.size() - 1)),
        path.get(path.size() - 1), numeric);
  }

  /** Orders fields so that each nested object's fields are adjacent. */
  static int byPath(GrokField a, GrokField b) {
    return a.pathString().compareTo(b.pathString());
  }

  private String pathString() {
    // A separator below every printable character, so "a.b" sorts right after "a".
    return parents.isEmpty() ? leaf : String.join("\u0001", parents) + "\u0001" + leaf;
  }
}
