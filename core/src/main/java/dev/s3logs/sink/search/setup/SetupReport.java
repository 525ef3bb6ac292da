package dev.s3logs.sink.search.setup;

import java.util.ArrayList;
import java.util.List;

/** What {@code setup} did, step by step, for the CLI to print and to choose its exit code. */
public record SetupReport(List<TemplateStep> templates, RetentionStep retention) {

  public SetupReport {
    templates = List.copyOf(templates);
  }

  /** What happened to an index template. */
  public enum Change { CREATED, UPDATED, UNCHANGED }

  public record TemplateStep(String name, Change change) {
  }

  /** What happened to the retention policy. */
  public enum RetentionState {
    /** No retention asked for: an existing policy was left as it is. */
    NOT_REQUESTED,
    INSTALLED, UPDATED, UNCHANGED,
    /** The engine has no API for it: nothing will delete old indices. */
    UNAVAILABLE
  }

  /**
   * @param policy the policy's name, or null when none was asked for
   * @param detail what the policy does, or why there is none
   */
  public record RetentionStep(RetentionState state, String policy, String detail) {

    /** E.g. {@code retention not installed: this OpenSearch cluster has no ...}. */
    public String summary() {
      String label = state == RetentionState.UNAVAILABLE ? "not installed"
          : state.name().toLowerCase().replace('_', ' ');
      return "retention " + label + ": " + detail;
    }
  }

  /** False when a retention was asked for and could not be installed. */
  public boolean complete() {
    return retention.state() != RetentionState.UNAVAILABLE;
  }

  /** One line per step, e.g. {@code index template s3-access-logs: created}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (TemplateStep step : templates) {
      lines.add("index template " + step.name() + ": " + step.change().name().toLowerCase());
    }
    lines.add(retention.summary());
    return lines;
  }
}
