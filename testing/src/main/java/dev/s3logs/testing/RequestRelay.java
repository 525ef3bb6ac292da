package dev.s3logs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Relays TCP connections on a loopback port to a server's port, byte for byte, and notes the
 * request line of each HTTP request that passes. Byte for byte, unlike {@link LoopbackProxy}:
 * the server sees the Host header that the client signed, so SigV4 signatures stay valid.
 */
final class RequestRelay implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "request-relay");
    thread.setDaemon(true);
    return thread;
  });

  private RequestRelay(ServerSocket listener, int targetPort) {
    this.listener = listener;
    this.targetPort = targetPort;
    threads.execute(this::accept);
  }

  static RequestRelay to(int targetPort) {
    try {
      ServerSocket listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
      return new RequestRelay(listener, targetPort);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the request relay's port", e);
    }
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** "METHOD /path?query" of each request, in the order they arrived. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        connect(listener.accept());
      } catch (IOException closed) {
        // the loop ends
      }
    }
  }

  private void connect(Socket client) {
    open.add(client);
    try {
      Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
      open.add(server);
      threads.execute(() -> relay(client, server, true));
      threads.execute(() -> relay(server, client, false));
    } catch (IOException refused) {
      closeQuietly(client);
    }
  }

  private void relay(Socket from, Socket to, boolean requests) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      if (requests) {
        new RequestCopier(in, out, this.requests::add).copyAll();
      } else {
        in.transferTo(out);
      }
    } catch (IOException closed) {
      // either side hung up: the other direction ends too
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // already closed
    }
    open.forEach(this::closeQuietly);
    threads.shutdownNow();
  }
}
