package dev.s3logs.app;

import dev.s3logs.serve.BindPolicy;
import dev.s3logs.serve.DashboardServer;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Serves a store's dashboard until the thread is interrupted or the process is stopped. */
final class Serving {

  private Serving() {
  }

  /** Checks where to listen before {@code store} opens the store: a refusal costs nothing. */
  static int serve(Supplier<ServedStore> store, ServeOptions options, Map<String, String> env,
      PrintStream err, String command) {
    String token = env.get(BindPolicy.TOKEN_VARIABLE);
    BindPolicy.check(options.bind, token);
    try (ServedStore served = store.get();
        DashboardServer server = new DashboardServer(options.bind, options.port,
            served.traffic(), options.prices(), token, err)) {
      err.println(command + ": dashboard of " + served.description() + " at "
          + options.url(server.port()) + (token == null ? "" : "?token=...")
          + " (Ctrl-C stops it)");
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }
}
