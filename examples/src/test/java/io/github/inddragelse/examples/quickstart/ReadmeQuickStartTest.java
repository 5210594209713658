package io.github.inddragelse.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.examples.ReadmeSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the root README's quick start and {@link QuickStart} in step, line for line. */
class ReadmeQuickStartTest {

    private static final Path README = ReadmeSnippets.README;
    private static final Path SOURCE =
            Path.of("src", "main", "java", "io", "github", "inddragelse", "examples", "quickstart", "QuickStart.java");

    @Test
    void the_readme_quick_start_is_the_code_of_the_quick_start_example() throws IOException {
        ReadmeSnippets.assertInOrderIn(ReadmeSnippets.javaBlockAfter("## Quick start"), SOURCE);
    }

    @Test
    void every_output_line_the_readme_quotes_is_printed_by_the_quick_start() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("It prints, among others,");
        int end = readme.indexOf("The same code", start);
        List<String> quoted = Pattern.compile("`([^`]+)`")
                .matcher(readme.substring(start, end))
                .results()
                .map(m -> oneLine(m.group(1)))
                .filter(q -> q.contains(": "))
                .collect(Collectors.toList());
        String printed = oneLine(QuickStartTest.run());

        assertThat(quoted).hasSizeGreaterThanOrEqualTo(3);
        assertThat(quoted).allSatisfy(q -> assertThat(printed).contains(q));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
