package dev.s3logs.record;

/**
 * A line that could not be parsed. It keeps the raw text and where it came from, so that a
 * failure can be reported, stored and replayed instead of being dropped.
 *
 * @param source the file or object the line came from ("-" for standard input)
 * @param lineNumber 1-based line number within the source
 */
public record ParseFailure(String source, long lineNumber, String reason, String rawLine)
    implements ParsedLine {
}
