/**
 * AWS Lambda handlers: each reads its event's raw JSON, runs the core pipeline over the objects
 * it names, and answers which messages failed. No second implementation of reading, parsing or
 * indexing lives here.
 */
package dev.s3logs.lambda;
