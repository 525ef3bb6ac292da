/**
 * JSON read into databind trees without an {@code ObjectMapper}, whose first use in a JVM costs
 * a Lambda cold start about 0.2 s of class loading and set-up: for the small answers and events
 * that the function reads on every start.
 */
package dev.s3logs.json;
