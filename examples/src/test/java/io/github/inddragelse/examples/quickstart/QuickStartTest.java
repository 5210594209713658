package io.github.inddragelse.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.catalogue.StandardCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void the_quick_start_prints_the_band_of_every_dimension() {
        String out = run();

        StandardCatalogue.get().dimensions().forEach(d -> assertThat(out)
                .contains(d.name().en() + ": "));
    }

    /** Runs the quick start and returns what it printed. */
    static String run() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
