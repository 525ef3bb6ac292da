package dev.s3logs.sink.http;

/**
 * Adds credentials to a request just before it is sent, after every other change to it (AWS
 * SigV4 signs the body, so compressing after signing would break the signature).
 */
@FunctionalInterface
public interface RequestAuth {

  RequestAuth NONE = call -> call;

  HttpCall authorize(HttpCall call);
}
