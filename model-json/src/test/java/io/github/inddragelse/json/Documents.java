package io.github.inddragelse.json;

/**
 * Hand-written case-process documents with known line and column positions: the header takes lines
 * 1-12 and event {@code i} stands alone on line {@code 13 + i}, its opening brace in column 5.
 */
final class Documents {

    private Documents() {}

    /** The line of event {@code index} in {@link #withEvents}. */
    static int eventLine(int index) {
        return 13 + index;
    }

    /** A case-process document whose events are the given JSON objects, one per line. */
    static String withEvents(String... events) {
        return header("\"openedOn\": \"2026-03-02\"") + String.join(",\n    ", events) + "\n  ]\n}\n";
    }

    /** The document with another openedOn line (line 7). */
    static String header(String openedOnLine) {
        return "{\n"
                + "  \"schemaVersion\": \"1.0\",\n"
                + "  \"caseId\": \"sag-1\",\n"
                + "  \"citizenId\": \"b1\",\n"
                + "  \"municipality\": \"0751\",\n"
                + "  \"targetGroups\": [\"mental-health\"],\n"
                + "  " + openedOnLine + ",\n"
                + "  \"participants\": [\n"
                + "    {\"id\": \"b1\", \"role\": \"citizen\"},\n"
                + "    {\"id\": \"sb\", \"role\": \"caseworker\"}\n"
                + "  ],\n"
                + "  \"events\": [\n"
                + "    ";
    }

    /** A valid meeting event with the given id. */
    static String meeting(String id) {
        return "{\"kind\": \"meeting\", \"id\": \"" + id
                + "\", \"date\": \"2026-03-02\", \"purpose\": \"expectations\"}";
    }

    /** The 1-based column where {@code fragment} starts on the line of event {@code index}. */
    static int column(String document, int index, String fragment) {
        String line = document.split("\n", -1)[eventLine(index) - 1];
        int at = line.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException(fragment + " is not on line " + eventLine(index));
        }
        return at + 1;
    }
}
