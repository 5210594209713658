package io.github.inddragelse.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE =
            Path.of("src", "main", "java", "io", "github", "inddragelse", "examples", "quickstart", "QuickStart.java");

    @Test
    void the_readme_quick_start_is_the_code_of_the_quick_start_example() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\n");
        int end = readme.indexOf("```", start + 8);
        List<String> snippet = lines(readme.substring(start + 8, end));
        List<String> source = lines(Files.readString(SOURCE, StandardCharsets.UTF_8));

        assertThat(snippet).isNotEmpty();
        int at = 0;
        for (String line : snippet) {
            int found = source.subList(at, source.size()).indexOf(line);
            assertThat(found)
                    .as("README line '%s' appears in QuickStart.java after line %d", line, at)
                    .isNotNegative();
            at += found + 1;
        }
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

    private static List<String> lines(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .collect(Collectors.toList());
    }
}
