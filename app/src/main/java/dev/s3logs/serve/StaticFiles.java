package dev.s3logs.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page and its scripts, from the jar: a fixed list of paths, so no request names a
 * resource of its choosing. uPlot comes from its WebJar.
 */
final class StaticFiles {

  private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
  private static final String OWN = "/dev/s3logs/serve/";

  private static final Map<String, String[]> FILES = Map.of(
      "/", new String[] {OWN + "index.html", "text/html; charset=utf-8"},
      "/dashboard.js", new String[] {OWN + "dashboard.js", "text/javascript; charset=utf-8"},
      "/dashboard.css", new String[] {OWN + "dashboard.css", "text/css; charset=utf-8"},
      "/uplot.js", new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8"},
      "/uplot.css", new String[] {UPLOT + "uPlot.min.css", "text/css; charset=utf-8"});

  private StaticFiles() {
  }

  /** The file at {@code path} as {content type, bytes}, or null when there is none. */
  static Response find(String path) {
    String[] file = FILES.get(path);
    if (file == null) {
      return null;
    }
    try (InputStream in = StaticFiles.class.getResourceAsStream(file[0])) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + file[0] + "; rebuild s3logs");
      }
      return new Response(200, file[1], in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
