package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where values stand in a value already read, by reading its part of the source again. The
 * readers keep no positions of the values they bind; when the model then refuses a value (a broken
 * invariant names a field path), this finds the position to report at: the value at the path, or,
 * when it is absent, the nearest value present on the way to it. Only problems pay for this, and all
 * the paths of one value are found in one pass over it.
 */
final class Locations {

    private Locations() {}

    /**
     * Finds values inside one value of a source.
     *
     * @param source the document, already read once without a problem in the JSON
     * @param factory makes the parser
     * @param start the mark where the value starts
     * @param end the mark one past its end
     * @param paths each a path below the value: property names ({@link String}) and array indexes
     *     ({@link Integer})
     * @return for each path, the mark of the value at it or of the nearest value present on the way
     */
    static long[] find(Source source, JsonFactory factory, long start, long end, List<List<Object>> paths) {
        long[] found = new long[paths.size()];
        List<Integer> all = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            all.add(i);
        }
        try (JsonParser parser = source.open(factory, (int) start, (int) end)) {
            parser.nextToken();
            new Walk(parser, start, paths, found).value(all, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the value was read before
        }
        return found;
    }

    /** One pass over a value, going only where some path goes. */
    private static final class Walk {
        private final JsonParser parser;
        private final long base;
        private final List<List<Object>> paths;
        private final long[] found;

        Walk(JsonParser parser, long base, List<List<Object>> paths, long[] found) {
            this.parser = parser;
            this.base = base;
            this.paths = paths;
            this.found = found;
        }

        /** At the first token of a value that the given paths pass through, at the given depth. */
        void value(List<Integer> here, int depth) throws IOException {
            long mark = base + parser.currentTokenLocation().getByteOffset();
            if (mark < base) {
                mark = base + parser.currentTokenLocation().getCharOffset();
            }
            Map<Object, List<Integer>> deeper = new HashMap<>();
            for (int p : here) {
                found[p] = mark;
                if (paths.get(p).size() > depth) {
                    deeper.computeIfAbsent(paths.get(p).get(depth), k -> new ArrayList<>())
                            .add(p);
                }
            }
            JsonToken token = parser.currentToken();
            if (deeper.isEmpty() || !token.isStructStart()) {
                parser.skipChildren();
                return;
            }
            int index = 0;
            while (true) {
                JsonToken next = parser.nextToken();
                if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                    return;
                }
                Object key = next == JsonToken.FIELD_NAME ? parser.currentName() : Integer.valueOf(index++);
                if (next == JsonToken.FIELD_NAME) {
                    parser.nextToken();
                }
                List<Integer> going = deeper.remove(key); // removed: a repeated name is not the one kept
                if (going != null) {
                    value(going, depth + 1);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /**
     * Splits a field path of the model ({@code events[3].lifeAreas[1].area}) into property names and
     * indexes ({@code events, 3, lifeAreas, 1, area}).
     *
     * @param path the path
     * @return the segments
     */
    static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                if (current.length() > 0) {
                    segments.add(current.toString());
                    current.setLength(0);
                }
                if (c == '[') {
                    int close = path.indexOf(']', i);
                    segments.add(Integer.valueOf(path.substring(i + 1, close)));
                    i = close;
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        return segments;
    }

    /**
     * The JSON pointer below another of a path split into segments.
     *
     * @param pointer the pointer of the value the path starts at
     * @param segments the segments
     * @return the pointer
     */
    static String pointer(String pointer, List<Object> segments) {
        StringBuilder sb = new StringBuilder(pointer);
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                sb.append('/').append(index);
            } else {
                Cursor.appendName(sb, (String) segment);
            }
        }
        return sb.toString();
    }
}
