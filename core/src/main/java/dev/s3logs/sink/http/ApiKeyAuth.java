package dev.s3logs.sink.http;

/**
 * Elasticsearch API key authentication, with the key in its encoded form (the {@code encoded}
 * value that the create-API-key call returns, base64 of {@code id:key}).
 */
public final class ApiKeyAuth implements RequestAuth {

  private final String header;

  public ApiKeyAuth(String encodedKey) {
    this.header = "ApiKey " + encodedKey;
  }

  @Override
  public HttpCall authorize(HttpCall call) {
    return call.withHeader("Authorization", header);
  }

  @Override
  public String toString() {
    return "API key authentication";
  }
}
