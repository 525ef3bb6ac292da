package dev.s3logs.pipeline;

import dev.s3logs.source.SourceObject;
import java.io.IOException;
import java.io.InputStream;

/**
 * An object whose first bytes have been fetched ahead of its turn: its stream, or why it could
 * not be opened.
 */
record OpenedObject(SourceObject object, InputStream stream, IOException error) {
}
