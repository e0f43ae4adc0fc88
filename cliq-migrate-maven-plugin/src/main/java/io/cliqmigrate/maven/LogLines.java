package io.cliqmigrate.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A stream that hands each line written to it to the Maven log (UTF-8, without its line end). */
final class LogLines extends OutputStream {
    private final Consumer<CharSequence> log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LogLines(Consumer<CharSequence> log) {
        this.log = log;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        log.accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
