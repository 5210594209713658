package io.github.inddragelse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the root README's Java snippets and the code that runs them in step: every line of a snippet
 * must appear in the source, in the same order.
 */
public final class ReadmeSnippets {

    /** The root README, seen from the examples module, where its tests run. */
    public static final Path README = Path.of("..", "README.md");

    private ReadmeSnippets() {}

    /**
     * The first Java block of the README after a text.
     *
     * @param after the text, for example a heading
     * @return the block's lines, stripped, without blank lines and whole-line comments
     * @throws IOException if the README cannot be read
     */
    public static List<String> javaBlockAfter(String after) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int from = readme.indexOf(after);
        assertThat(from).as("the README contains '%s'", after).isNotNegative();
        int start = readme.indexOf("```java\n", from);
        int end = readme.indexOf("```", start + 8);
        return lines(readme.substring(start + 8, end));
    }

    /**
     * Asserts that every line of a snippet appears in a source file, in the snippet's order.
     *
     * @param snippet the snippet's lines, as {@link #javaBlockAfter(String)} gives them
     * @param source the source file
     * @throws IOException if the source cannot be read
     */
    public static void assertInOrderIn(List<String> snippet, Path source) throws IOException {
        List<String> code = lines(Files.readString(source, StandardCharsets.UTF_8));
        assertThat(snippet).isNotEmpty();
        int at = 0;
        for (String line : snippet) {
            int found = code.subList(at, code.size()).indexOf(line);
            assertThat(found)
                    .as("README line '%s' appears in %s after line %d", line, source.getFileName(), at)
                    .isNotNegative();
            at += found + 1;
        }
    }

    private static List<String> lines(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .collect(Collectors.toList());
    }
}
