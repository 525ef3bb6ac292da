package dev.s3logs.sink.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code _bulk} answer with a streaming parser: it has one entry per item, in request
 * order, and can run to megabytes, so no tree is built.
 */
public final class BulkResponse {

  /** Asks the engine to leave out what is not read here: about a fifth of the bytes. */
  private static final String FILTER =
      "filter_path=errors,items.*.status,items.*.result,items.*.error";
  /** Where bulk requests go, asking for only what is read here. */
  public static final String PATH = "/_bulk?" + FILTER;

  private static final JsonFactory JSON = new JsonFactory();

  private BulkResponse() {
  }

  public static List<BulkItemResult> items(byte[] body) {
    try (JsonParser p = JSON.createParser(body)) {
      List<BulkItemResult> items = new ArrayList<>();
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("items".equals(field)) {
          readItems(p, items);
        } else {
          p.skipChildren();
        }
      }
      return items;
    } catch (IOException e) {
      throw new BulkResponseException("unreadable _bulk answer: " + e.getMessage(), e);
    }
  }

  private static void readItems(JsonParser p, List<BulkItemResult> items) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      p.nextToken(); // the action name: index, create
      p.nextToken();
      items.add(readItem(p));
      p.nextToken(); // end of the wrapping object
    }
  }

  private static BulkItemResult readItem(JsonParser p) throws IOException {
    int status = 0;
    String result = null;
    String[] error = {null, null};
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "status" -> status = p.getIntValue();
        case "result" -> result = p.getText();
        case "error" -> error = readError(p);
        default -> p.skipChildren();
      }
    }
    return new BulkItemResult(status, result, error[0], error[1]);
  }

  /** Type and reason; the cause's reason is appended, as it often names the field. */
  private static String[] readError(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return new String[] {"error", p.getText()};
    }
    String type = null;
    String reason = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "type" -> type = p.getText();
        case "reason" -> reason = p.getText();
        case "caused_by" -> reason = joined(reason, readError(p)[1]);
        default -> p.skipChildren();
      }
    }
    return new String[] {type, reason};
  }

  private static String joined(String reason, String cause) {
    return cause == null ? reason : reason == null ? cause : reason + ": " + cause;
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new BulkResponseException("unexpected _bulk answer: " + actual + " instead of "
          + expected, null);
    }
  }
}
