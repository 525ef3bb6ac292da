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

  private static final String HTML = "text/html; charset=utf-8";
  private static final String JS = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";

  private record File(String resource, String type) {
  }

  private static final Map<String, File> FILES = Map.of(
      "/", new File(OWN + "index.html", HTML),
      "/dashboard.js", new File(OWN + "dashboard.js", JS),
      "/dashboard.css", new File(OWN + "dashboard.css", CSS),
      "/uplot.js", new File(UPLOT + "uPlot.iife.min.js", JS),
      "/uplot.css", new File(UPLOT + "uPlot.min.css", CSS));

  private StaticFiles() {
  }

  /** The file at {@code path}, or null when there is none. */
  static Response find(String path) {
    File file = FILES.get(path);
    if (file == null) {
      return null;
    }
    try (InputStream in = StaticFiles.class.getResourceAsStream(file.resource())) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + file.resource() + "; rebuild s3logs");
      }
      return new Response(200, file.type(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
