package io.github.inddragelse.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON value read from a document, with the line and column where it starts. Objects keep their
 * members in document order and remember where each member's name stands, so that an unknown
 * property can be reported at its name.
 */
public final class Node {

    /** The JSON type of a node. */
    public enum Type {
        /** A JSON object. */
        OBJECT("an object"),
        /** A JSON array. */
        ARRAY("an array"),
        /** A JSON string. */
        STRING("a string"),
        /** A JSON number. */
        NUMBER("a number"),
        /** {@code true} or {@code false}. */
        BOOLEAN("a boolean"),
        /** {@code null}. */
        NULL("null");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        /**
         * How the type is named in problem messages.
         *
         * @return for example {@code "a string"}
         */
        public String description() {
            return description;
        }
    }

    private final Type type;
    private final int line;
    private final int column;
    private final String text;
    private final boolean bool;
    private final List<Node> items;
    private final Map<String, Node> members;
    private int nameLine;
    private int nameColumn;

    private Node(Type type, int line, int column, String text, boolean bool) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.text = text;
        this.bool = bool;
        this.items = type == Type.ARRAY ? new ArrayList<>() : List.of();
        this.members = type == Type.OBJECT ? new LinkedHashMap<>() : Map.of();
    }

    static Node object(int line, int column) {
        return new Node(Type.OBJECT, line, column, null, false);
    }

    static Node array(int line, int column) {
        return new Node(Type.ARRAY, line, column, null, false);
    }

    static Node string(String text, int line, int column) {
        return new Node(Type.STRING, line, column, text, false);
    }

    static Node number(String literal, int line, int column) {
        return new Node(Type.NUMBER, line, column, literal, false);
    }

    static Node bool(boolean value, int line, int column) {
        return new Node(Type.BOOLEAN, line, column, null, value);
    }

    static Node scalar(Type type, int line, int column) {
        return new Node(type, line, column, null, false);
    }

    /**
     * Adds a member to this object unless one with the same name exists.
     *
     * @return false if the name was already present (the first value is kept)
     */
    boolean putMember(String name, Node value, int atLine, int atColumn) {
        if (members.containsKey(name)) {
            return false;
        }
        value.nameLine = atLine;
        value.nameColumn = atColumn;
        members.put(name, value);
        return true;
    }

    void addItem(Node item) {
        items.add(item);
    }

    /**
     * The JSON type.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * The 1-based line where the value starts.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column where the value starts.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * For an object member: the 1-based line of its name.
     *
     * @return the line of the name, or of the value if not a member
     */
    public int nameLine() {
        return nameLine == 0 ? line : nameLine;
    }

    /**
     * For an object member: the 1-based column of its name.
     *
     * @return the column of the name, or of the value if not a member
     */
    public int nameColumn() {
        return nameLine == 0 ? column : nameColumn;
    }

    /**
     * The text of a string, or the literal of a number as written ({@code 62.5}, {@code 1e3}).
     *
     * @return the text, or null if neither a string nor a number
     */
    public String text() {
        return text;
    }

    /**
     * The value of a boolean.
     *
     * @return the value, false if not a boolean
     */
    public boolean booleanValue() {
        return bool;
    }

    /**
     * The items of an array, in order.
     *
     * @return the items, empty if not an array
     */
    public List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    /**
     * The members of an object, in document order.
     *
     * @return the members, empty if not an object
     */
    public Map<String, Node> members() {
        return Collections.unmodifiableMap(members);
    }

    /**
     * A member of an object.
     *
     * @param name the member name
     * @return the value, or null if absent or not an object
     */
    public Node member(String name) {
        return members.get(name);
    }
}
