package dev.s3logs.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads YAML as a plain parser does, refusing application tags such as CloudFormation's short
 * forms ({@code !Ref}, {@code !Sub}): a plain parser would read {@code !Ref Queue} as the string
 * "Queue" and every check of references would pass over it.
 */
final class StrictYaml {

  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

  private StrictYaml() {
  }

  static JsonNode read(Path file) {
    try {
      return read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static JsonNode read(String text) {
    try {
      refuseTags(text);
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not YAML: " + e.getMessage(), e);
    }
  }

  private static void refuseTags(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      while (parser.nextToken() != null) {
        Object tag = parser.getTypeId();
        if (tag != null && !tag.toString().startsWith(STANDARD_TAGS)) {
          throw new IllegalArgumentException("line " + parser.currentLocation().getLineNr()
              + ": the tag !" + tag + "; write the long form ({\"Ref\": ...}, {\"Fn::Sub\": ...}),"
              + " which every YAML parser reads");
        }
      }
    }
  }
}
