package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The options against a logger context of its own, configured from the app's logback.xml, whose
 * console appender writes into a buffer instead of standard error.
 */
class LoggingOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoggerContext context = new LoggerContext();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void jsonIsOneObjectPerEventAndLine() throws Exception {
    apply("--log-format", "json", "--log-level", "info");
    Logger log = context.getLogger("dev.s3logs.Example");

    log.debug("not shown at info");
    log.info("read {} of \"{}\"", 3, "s3://logs/a\nb");
    log.warn("cannot reach the queue", new IllegalStateException("refused\nfor now"));

    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    List<JsonNode> events = new ArrayList<>();
    for (String line : lines) {
      events.add(JSON.readTree(line));
    }
    assertThat(events).hasSize(2).allMatch(JsonNode::isObject);
    assertThat(events.get(0).get("level").asText()).isEqualTo("INFO");
    assertThat(events.get(0).get("formattedMessage").asText())
        .isEqualTo("read 3 of \"s3://logs/a\nb\"");
    assertThat(events.get(1).get("loggerName").asText()).isEqualTo("dev.s3logs.Example");
    assertThat(events.get(1).get("throwable").get("message").asText())
        .isEqualTo("refused\nfor now");
  }

  @Test
  void withoutOptionsLogsStayPlainLinesAtWarn() throws Exception {
    apply();
    Logger log = context.getLogger("dev.s3logs.Example");

    log.info("not shown");
    log.warn("disk {} full", "/tmp");

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel())
        .isEqualTo(Level.toLevel(System.getenv().getOrDefault("S3LOGS_LOG_LEVEL", "WARN")));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
        "s3logs: WARN Example: disk /tmp full\n");
  }

  @Test
  void logLevelSetsTheRootLevel() throws Exception {
    apply("--log-level", "DEBUG");

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
  }

  @Test
  void unknownLevelsAndFormatsAreUsageErrors() {
    assertThatThrownBy(() -> parse("--log-level", "trace"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("use error, warn, info or debug");
    assertThatThrownBy(() -> parse("--log-format", "xml"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("use plain or json");
  }

  private void apply(String... args) throws JoranException {
    context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's own bootstrap gives it
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback.xml"));
    parse(args).apply(context);
    ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>)
        context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFormat.APPENDER);
    console.setOutputStream(err);
  }

  private static LoggingOptions parse(String... args) {
    LoggingOptions options = new LoggingOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
