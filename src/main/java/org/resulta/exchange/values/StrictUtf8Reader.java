package org.resulta.exchange.values;

import org.resulta.shared.InvalidValueException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text strictly: a leading byte-order mark is skipped, and bytes that are not UTF-8 stop the reading
 * with a refusal that names the line they are on (rule {@code invalid-utf8}), instead of turning into
 * replacement characters in the database. Everything before the bad bytes is handed out first, so the line count
 * is exact.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private boolean malformed;
    private long newlines;

    StrictUtf8Reader(InputStream in) {
        this.in = skipBom(in);
        bytes.flip();
        chars.flip();
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
        while (!chars.hasRemaining()) {
            if (malformed) {
                throw new InvalidValueException("file", "invalid-utf8", "Line " + (newlines + 1) + " holds bytes that "
                        + "are not UTF-8; nothing was saved. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and upload it again");
            }
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        return n;
    }

    /** Decodes what can be decoded; remembers bad bytes, to refuse them once the good text before them is read. */
    private void fill() throws IOException {
        bytes.compact();
        if (!endOfInput) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            malformed = true;
        } else if (endOfInput && !bytes.hasRemaining()) {
            decoder.flush(chars);
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
