package dev.s3logs.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML file of settings, one flat key per option named like the option without its dashes
 * ({@code bulk-size: 5mb}). Unknown keys are refused, so that a typo is not silently ignored.
 *
 * @param path where the settings came from, for messages; null for {@link #NONE}
 * @param values the settings by option name, as text
 */
public record ConfigFile(Path path, Map<String, String> values) {

  public static final ConfigFile NONE = new ConfigFile(null, Map.of());

  private static final Pattern PLACE = Pattern.compile("line \\d+, column \\d+");

  /** Made on first use: most runs have no file, and YAML's classes cost start-up time. */
  private static final class Yaml {

    static final YAMLFactory FACTORY = YAMLFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  public ConfigFile {
    values = Map.copyOf(values);
  }

  /** Reads {@code path}, accepting only keys in {@code known} (option names without dashes). */
  public static ConfigFile load(Path path, Set<String> known) {
    try (InputStream in = Files.newInputStream(path); JsonParser parser = Yaml.FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new ConfigFile(path, Map.of());
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ConfigException("config file " + path + " must hold settings such as "
            + "'to: https://localhost:9200', one per line");
      }
      return new ConfigFile(path, settings(parser, known, path));
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  private static Map<String, String> settings(JsonParser parser, Set<String> known, Path path)
      throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    List<String> wrongShapes = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String wrong = wrongShape(parser.nextToken(), parser);
      if (!known.contains(key)) {
        unknown.add(key);
      } else if (wrong != null) {
        wrongShapes.add(key + " " + wrong);
      } else {
        values.put(key, parser.getText());
      }
      parser.skipChildren();
    }
    refuse(path, unknown, wrongShapes);
    return values;
  }

  /** The setting for an option, if the file has one. */
  public Optional<Setting> find(String option) {
    return Optional.ofNullable(values.get(option))
        .map(value -> Setting.of(option, value, path + ": " + option));
  }

  /** Null for a single value, taken as written (YAML 1.1's yes stays "yes", 010 "010"). */
  private static String wrongShape(JsonToken token, JsonParser parser) throws IOException {
    return switch (token) {
      case START_ARRAY -> "must be one value, not a list";
      case START_OBJECT -> "must be one value, not a mapping";
      case VALUE_NULL -> "has no value";
      default -> parser.getText().isBlank() ? "has no value" : null;
    };
  }

  private static void refuse(Path path, List<String> unknown, List<String> wrongShapes) {
    if (!unknown.isEmpty()) {
      throw new ConfigException("config file " + path + ": unknown setting"
          + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + " (settings are the long options without their dashes, e.g. bulk-size)");
    }
    if (!wrongShapes.isEmpty()) {
      throw new ConfigException("config file " + path + ": " + String.join("; ", wrongShapes));
    }
  }

  private static ConfigException unreadable(Path path, IOException e) {
    if (e instanceof JsonProcessingException json) {
      return new ConfigException("config file " + path + " is not valid YAML: " + problem(json),
          e);
    }
    if (e instanceof NoSuchFileException) {
      return new ConfigException("config file " + path + " does not exist", e);
    }
    if (e instanceof AccessDeniedException) {
      return new ConfigException("config file " + path + " cannot be read: permission denied", e);
    }
    return new ConfigException("config file " + path + " cannot be read: " + e.getMessage(), e);
  }

  /** SnakeYAML's message spans lines and quotes the input: keep the problem and its place. */
  private static String problem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    List<String> statements = message.lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0))).toList();
    String what = statements.isEmpty() ? message.strip() : statements.get(statements.size() - 1);
    Matcher place = PLACE.matcher(message);
    String where = null;
    while (place.find()) {
      where = place.group();
    }
    if (where == null && e.getLocation() != null) {
      where = "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return where == null ? what : what + " (" + where + ")";
  }
}
