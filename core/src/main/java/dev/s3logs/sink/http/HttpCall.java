package dev.s3logs.sink.http;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request exactly as it will go on the wire: the body is final (compressed if it is
 * going to be), so that whoever signs the request signs the bytes that are sent.
 *
 * @param headers names as they will be sent; {@code Host} and {@code Content-Length} are left to
 *     the HTTP client, which derives them from the URI and the body
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body) {

  public HttpCall {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? new byte[0] : body;
  }

  public HttpCall withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpCall(method, uri, more, body);
  }
}
