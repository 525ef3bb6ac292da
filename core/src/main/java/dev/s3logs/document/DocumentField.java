package dev.s3logs.document;

/**
 * One field of the document: where it is ({@code http.response.status_code}), what its values
 * are, and how people look for it. Sinks derive their schema from these: the engines' mapping,
 * the embedded store's columns.
 *
 * @param path the dotted path of the member in the document
 */
public record DocumentField(String path, Value value, Search search) {

  /** What the values are, whatever stores them. */
  public enum Value {
    /** An ISO-8601 instant in UTC, to the millisecond. */
    TIMESTAMP,
    STRING,
    /** An IPv4 or IPv6 address, as text in the document. */
    IP,
    LONG,
    INTEGER,
    /** A JSON array of strings. */
    STRING_LIST
  }

  /** How the field is searched; only strings have a choice, other values are {@code EXACT}. */
  public enum Search {
    /** An identifier or a short value: exact match, counted and grouped by. */
    EXACT,
    /** Unique to its request (a request ID): exact match, never counted or grouped by. */
    UNIQUE_ID,
    /** A value that can be long (a query string), still matched exactly. */
    LONG_VALUE,
    /** A long value whose words people search (a key, a URL), and matched exactly. */
    WORDS,
    /** Shown with the request, not searched. */
    STORED_ONLY
  }

  public DocumentField {
    if (search != Search.EXACT && value != Value.STRING) {
      throw new IllegalArgumentException(path + ": only strings are searched other than exactly");
    }
  }

  /** The path's parts: {@code ["http", "response", "status_code"]}. */
  public String[] parts() {
    return path.split("\\.");
  }
}
