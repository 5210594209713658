package io.github.inddragelse.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Runs the tool in-process with captured output, a fixed clock and a chosen terminal flag. */
record CliRun(int exitCode, String out, String err) {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static CliRun run(String... args) {
        return run(false, args);
    }

    static CliRun run(boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        int code = new InddragelseCli(new PrintWriter(out, true), new PrintWriter(err, true), interactive, clock)
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
