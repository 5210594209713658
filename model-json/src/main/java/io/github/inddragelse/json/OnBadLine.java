package io.github.inddragelse.json;

/** What an {@link NdjsonReader} does with a line it cannot read. */
public enum OnBadLine {
    /**
     * Stop: the reader throws the line's {@link JsonReadException} (its problems carry the file's
     * line number) and reads no further. The default.
     */
    STOP,
    /**
     * Skip: the reader records an {@link NdjsonFailure} in {@link NdjsonReader#failures()} and goes
     * on with the next line, so every good line is still read.
     */
    SKIP
}
