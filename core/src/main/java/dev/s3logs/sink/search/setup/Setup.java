package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.setup.SetupReport.RetentionState;
import dev.s3logs.sink.search.setup.SetupReport.RetentionStep;
import dev.s3logs.sink.search.setup.SetupReport.TemplateStep;
import java.util.List;
import java.util.Optional;

/**
 * {@code s3logs setup}: the index templates for logs and dead letters, and the retention policy
 * (ISM on OpenSearch, ILM on Elasticsearch). Safe to run again: what is already in place is
 * left alone and reported unchanged.
 */
public final class Setup {

  private Setup() {
  }

  /**
   * Installs everything {@code options} asks for. Retention comes first because on
   * Elasticsearch the template names the policy, and only when it exists: a cluster without ILM
   * refuses the setting. A missing retention API is reported, not thrown; the templates are
   * installed all the same.
   *
   * @throws SetupException when the engine refuses a template or a policy
   */
  public static SetupReport install(HttpTransport http, Engine engine, SetupOptions options) {
    RetentionStep retention = installRetention(http, engine, options);
    TemplateInstaller templates = new TemplateInstaller(http);
    String deadLetters = options.deadLetterIndex();
    TemplateStep deadLetterStep = templates.install(deadLetters,
        IndexTemplates.deadLetters(options, engine), templates.stored(deadLetters));
    Optional<JsonNode> storedLogs = templates.stored(options.logTemplate());
    String lifecycle = lifecycle(engine, options, retention, storedLogs);
    TemplateStep logStep = templates.install(options.logTemplate(),
        IndexTemplates.logs(options, engine, lifecycle), storedLogs);
    return new SetupReport(List.of(logStep, deadLetterStep), retention);
  }

  /** What {@code ingest} finds of the templates before it sends anything. */
  public enum Installed {
    /** One or both missing: ingest installs them unless told not to. */
    MISSING,
    /** Both there, the log template s3logs's own for an older document shape. */
    OLDER_SHAPE,
    /** Both there, whatever they hold (a user's changes to them are kept). */
    PRESENT
  }

  /**
   * Whether the templates exist, and whether the log template maps an older document shape:
   * documents of this release would then lack, in the indices it makes, the names that are
   * aliases now. One request per template.
   */
  public static Installed installed(HttpTransport http, SetupOptions options) {
    TemplateInstaller templates = new TemplateInstaller(http);
    Optional<JsonNode> logs = templates.stored(options.logTemplate());
    if (logs.isEmpty() || templates.stored(options.deadLetterIndex()).isEmpty()) {
      return Installed.MISSING;
    }
    return IndexTemplates.forOlderDocuments(logs.get()) ? Installed.OLDER_SHAPE
        : Installed.PRESENT;
  }

  private static RetentionStep installRetention(HttpTransport http, Engine engine,
      SetupOptions options) {
    if (options.retention() == null) {
      return new RetentionStep(RetentionState.NOT_REQUESTED, null,
          "no --retention given; an existing policy is left as it is");
    }
    return switch (engine.flavor()) {
      case OPENSEARCH -> new IsmPolicy(options).install(http);
      case ELASTICSEARCH -> new IlmPolicy(options).install(http);
      case OPENSEARCH_SERVERLESS -> new RetentionStep(RetentionState.UNAVAILABLE, null,
          "OpenSearch Serverless has no Index State Management; it keeps data as long as the "
          + "collection's data lifecycle policy says (set one in AWS)");
    };
  }

  /**
   * The ILM policy the log template names: the one just installed, or, when no retention was
   * asked for, the one the stored template already names, so that a re-run without
   * {@code --retention} does not quietly turn retention off (as it does not on OpenSearch,
   * where the policy attaches itself).
   */
  private static String lifecycle(Engine engine, SetupOptions options, RetentionStep retention,
      Optional<JsonNode> storedLogs) {
    if (engine.flavor() != Engine.Flavor.ELASTICSEARCH) {
      return null;
    }
    return switch (retention.state()) {
      case INSTALLED, UPDATED, UNCHANGED -> options.retentionPolicy();
      case UNAVAILABLE -> null;
      case NOT_REQUESTED -> storedLogs
          .map(t -> t.path("template").path("settings").path("index").path("lifecycle"))
          .map(l -> l.path("name").asText(null))
          .orElse(null);
    };
  }
}
