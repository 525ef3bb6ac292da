package dev.s3logs.dashboards;

import java.util.List;

/**
 * What an import did.
 *
 * @param written saved objects created or overwritten
 * @param errors one line per object refused, naming it and the reason
 */
public record ImportReport(int written, List<String> errors) {

  public ImportReport {
    errors = List.copyOf(errors);
  }

  public boolean complete() {
    return errors.isEmpty();
  }
}
