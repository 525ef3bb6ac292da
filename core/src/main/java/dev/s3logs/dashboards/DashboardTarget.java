package dev.s3logs.dashboards;

import java.util.Locale;

/**
 * The indices a dashboard reads, and the stable ids of its saved objects: derived from the
 * pattern, so that importing again overwrites, and two patterns get two dashboards.
 *
 * @param indexPattern e.g. {@code s3-access-logs-*}
 */
public record DashboardTarget(String indexPattern) {

  public static final String TIME_FIELD = "@timestamp";

  public DashboardTarget {
    if (indexPattern == null || indexPattern.isBlank() || indexPattern.contains(",")) {
      throw new IllegalArgumentException("a dashboard reads one index pattern: got '"
          + indexPattern + "'");
    }
  }

  public String indexPatternId() {
    return "s3logs-" + slug();
  }

  public String dashboardId() {
    return indexPatternId() + "-dashboard";
  }

  public String visualizationId(Panel panel) {
    return indexPatternId() + "-" + panel.id();
  }

  public String dashboardTitle() {
    return "S3 access logs (" + indexPattern + ")";
  }

  private String slug() {
    String slug = indexPattern.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "all" : slug;
  }
}
