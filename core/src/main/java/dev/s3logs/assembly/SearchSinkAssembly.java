package dev.s3logs.assembly;

import dev.s3logs.config.SearchSinkConfig;
import dev.s3logs.sink.deadletter.DeadLetters;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.IngestCounters;
import dev.s3logs.sink.search.SearchSink;
import dev.s3logs.sink.search.setup.Setup;
import dev.s3logs.sink.search.setup.SetupOptions;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * A search sink ready to take documents: templates installed when missing, the choice of ids
 * made for the engine, dead letters set up. The same for {@code ingest}, {@code run} and the
 * Lambda handlers.
 */
public record SearchSinkAssembly(SearchSink sink, DeadLetters deadLetters, boolean withIds)
    implements AutoCloseable {

  /** @param notes hears what was done on the user's behalf (templates installed, no ids) */
  public static SearchSinkAssembly open(EngineConnection engine, SearchSinkConfig config,
      IngestCounters counters, Consumer<String> notes) {
    SetupOptions setup = config.setup();
    Setup.Installed templates = Setup.installed(engine.http(), setup);
    if (config.installSetup() && templates == Setup.Installed.MISSING) {
      notes.accept("no index templates yet, installing them (see s3logs setup):");
      Setup.install(engine.http(), engine.engine(), setup).lines()
          .forEach(line -> notes.accept("  " + line));
    } else if (templates == Setup.Installed.OLDER_SHAPE) {
      // Not updated here: ingest never changes a template that exists (a user's edits stay).
      notes.accept("index template " + setup.logTemplate() + " maps an older document shape:"
          + " in indices it creates, aws.s3access names that are aliases now find nothing in new"
          + " documents; run s3logs setup with the same --index to update it");
    }
    boolean withIds = sendIds(config, engine.engine(), notes);
    DeadLetters deadLetters = config.deadLetterFile() != null
        ? DeadLetters.toFile(config.deadLetterFile(), Clock.systemUTC())
        : DeadLetters.toIndex(setup.deadLetterIndex(), config.fallbackFile(), Clock.systemUTC());
    SearchSink sink = new SearchSink(engine.http(), config.target(), config.usesDataStream(),
        withIds, config.bulk(), deadLetters, counters);
    return new SearchSinkAssembly(sink, deadLetters, withIds);
  }

  private static boolean sendIds(SearchSinkConfig config, Engine engine, Consumer<String> notes) {
    boolean send = config.ids() == SearchSinkConfig.Ids.ON
        || config.ids() == SearchSinkConfig.Ids.AUTO
        && engine.flavor() != Engine.Flavor.OPENSEARCH_SERVERLESS;
    if (!send) {
      notes.accept("sending no document ids (--ids " + config.ids().name().toLowerCase()
          + "): lines repeated within this run are sent once, but ingesting the same files"
          + " again adds them again; a search collection takes ids: --ids on");
    }
    return send;
  }

  @Override
  public void close() {
    try (deadLetters) {
      sink.close();
    }
  }
}
