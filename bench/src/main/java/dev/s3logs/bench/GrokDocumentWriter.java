package dev.s3logs.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes one grok match as one nested JSON object, the shape Logstash gives an event whose fields
 * are named {@code [a][b][c]}. Fields that did not match are left out, as in Logstash.
 */
final class GrokDocumentWriter {

  private final List<GrokField> fields;
  private final String[] open = new String[8];

  GrokDocumentWriter(List<GrokField> fields) {
    this.fields = fields.stream().sorted(GrokField::byPath).toList();
  }

  void write(Map<String, Object> captures, JsonGenerator json) throws IOException {
    json.writeStartObject();
    int depth = 0;
    for (GrokField field : fields) {
      Object value = captures.get(field.name());
      if (value != null) {
        depth = moveTo(field.parents(), depth, json);
        json.writeFieldName(field.leaf());
        writeValue(field, value, json);
      }
    }
    closeTo(0, depth, json);
    json.writeEndObject();
  }

  /** Closes the objects the field is not in and opens the ones it is; fields come sorted by path. */
  private int moveTo(List<String> parents, int depth, JsonGenerator json) throws IOException {
    int common = 0;
    while (common < depth && common < parents.size() && open[common].equals(parents.get(common))) {
      common++;
    }
    closeTo(common, depth, json);
    for (int i = common; i < parents.size(); i++) {
      json.writeObjectFieldStart(parents.get(i));
      open[i] = parents.get(i);
    }
    return parents.size();
  }

  private static void closeTo(int target, int depth, JsonGenerator json) throws IOException {
    for (int i = depth; i > target; i--) {
      json.writeEndObject();
    }
  }

  /**
   * java-grok turns {@code :int} captures into Integers, but leaves a value that overflows an int
   * (an object over 2 GiB) as a String; Logstash would still store a number, so this does too.
   */
  private static void writeValue(GrokField field, Object value, JsonGenerator json) throws IOException {
    if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (field.numeric() && value instanceof String text && isDigits(text)) {
      json.writeNumber(Long.parseLong(text));
    } else {
      json.writeString(value.toString());
    }
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
  }
}
