package dev.s3logs.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain requests to a server on this machine, answers as text. */
final class Http {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.GET().build());
  }

  HttpResponse<String> send(String method, String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
