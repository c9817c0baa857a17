package org.resulta.exchange.values;

import org.resulta.shared.InvalidValueException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text strictly: a leading byte-order mark is skipped, and bytes that are not UTF-8 stop the reading
 * with a refusal that names the line they are on (rule {@code invalid-utf8}), instead of turning into
 * replacement characters in the database.
 */
final class StrictUtf8Reader extends Reader {

    private final Reader decoded;
    private long newlines;

    StrictUtf8Reader(InputStream in) {
        this.decoded = new InputStreamReader(skipBom(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The stream after a UTF-8 byte-order mark, if it starts with one. */
    static InputStream skipBom(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(3);
            byte[] head = buffered.readNBytes(3);
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
            return buffered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = decoded.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("file", "invalid-utf8", "Line " + (newlines + 1) + " holds bytes that are "
                    + "not UTF-8; nothing was saved. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and upload it again");
        }
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }
}
