package dev.s3logs.dashboards;

import dev.s3logs.sink.http.HttpTransport;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code setup --dashboards}: asks which product answers, generates its saved objects for the
 * index pattern and imports them.
 */
public final class DashboardsSetup {

  private DashboardsSetup() {
  }

  public static Result install(HttpTransport http, DashboardTarget target) {
    DetectedProduct product = ProductDetection.detect(http);
    String ndjson = SavedObjects.ndjson(product.product(), target, Panels.standard());
    return new Result(product, target, SavedObjectsImport.send(http, product.product(), ndjson));
  }

  /** What was detected and imported, as lines for the user. */
  public record Result(DetectedProduct detected, DashboardTarget target, ImportReport report) {

    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("detected " + detected + " (from GET /api/status)");
      lines.add("dashboard '" + target.dashboardTitle() + "' over " + target.indexPattern()
          + ": " + report.written() + " saved objects written");
      report.errors().forEach(error -> lines.add("not imported: " + error));
      return lines;
    }
  }
}
