package dev.s3logs.record;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A line that could not be parsed. It keeps the raw text and where it came from, so that a
 * failure can be reported, stored and replayed instead of being dropped.
 *
 * @param source the file or object the line came from ("-" for standard input)
 * @param lineNumber 1-based line number within the source
 * @param rawLine the line as text; bytes that are not UTF-8 show as U+FFFD
 * @param rawBase64 the line's exact bytes in base64 when they are not valid UTF-8 (so that the
 *     text alone would lose them), else null
 */
public record ParseFailure(String source, long lineNumber, String reason, String rawLine,
    String rawBase64) implements ParsedLine {

  /** A failure of a line that is valid text. */
  public ParseFailure(String source, long lineNumber, String reason, String rawLine) {
    this(source, lineNumber, reason, rawLine, null);
  }

  /** A failure of the line {@code b[from, to)}, kept losslessly whatever its bytes. */
  public static ParseFailure of(String source, long lineNumber, String reason, byte[] b, int from,
      int to) {
    ByteBuffer bytes = ByteBuffer.wrap(b, from, to - from);
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString();
      return new ParseFailure(source, lineNumber, reason, text, null);
    } catch (CharacterCodingException e) {
      String lossy = new String(b, from, to - from, StandardCharsets.UTF_8);
      String exact = Base64.getEncoder().encodeToString(
          Arrays.copyOfRange(b, from, to));
      return new ParseFailure(source, lineNumber, reason, lossy, exact);
    }
  }
}
