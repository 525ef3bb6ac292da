package dev.s3logs.app;

import dev.s3logs.serve.BindPolicy;
import dev.s3logs.serve.DashboardServer;
import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbTraffic;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Serves a store's dashboard until the thread is interrupted or the process is stopped. */
final class Serving {

  private Serving() {
  }

  static int serve(DuckDbLocation store, ServeOptions options, Map<String, String> env,
      PrintStream err, String command) {
    String token = env.get(BindPolicy.TOKEN_VARIABLE);
    BindPolicy.check(options.bind, token);
    try (DuckDbTraffic traffic = DuckDbTraffic.open(store);
        DashboardServer server = new DashboardServer(options.bind, options.port, traffic,
            options.prices(), token, err)) {
      err.println(command + ": dashboard of " + store.describe() + " at "
          + options.url(server.port()) + (token == null ? "" : "?token=...")
          + " (Ctrl-C stops it)");
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }
}
