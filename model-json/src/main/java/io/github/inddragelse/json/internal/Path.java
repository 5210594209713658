package io.github.inddragelse.json.internal;

/**
 * Where a value sits in a document, printed as an RFC 6901 JSON pointer ({@code /events/3/heldOn}).
 * Immutable and shared: a child keeps a link to its parent, so building paths while reading costs one
 * small object per value and the pointer text is only made when a problem is reported.
 */
public final class Path {

    /** The whole document: the empty pointer. */
    public static final Path ROOT = new Path(null, null, -1);

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The path of a property of the object at this path.
     *
     * @param property the property name
     * @return the child path
     */
    public Path property(String property) {
        return new Path(this, property, -1);
    }

    /**
     * The path of an item of the array at this path.
     *
     * @param position the zero-based index
     * @return the child path
     */
    public Path item(int position) {
        return new Path(this, null, position);
    }

    /**
     * The first segment below the root: the top-level property this path lies under.
     *
     * @param ancestor the path of the object whose property is wanted
     * @return the property name directly below {@code ancestor}, or null if this path is not below it
     */
    String propertyBelow(Path ancestor) {
        Path p = this;
        while (p.parent != null && p.parent != ancestor) {
            p = p.parent;
        }
        return p.parent == ancestor ? p.name : null;
    }

    /**
     * The path as an RFC 6901 JSON pointer, {@code ""} for the whole document.
     *
     * @return the pointer
     */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        sb.append('/');
        if (name == null) {
            sb.append(index);
        } else {
            sb.append(name.replace("~", "~0").replace("/", "~1"));
        }
    }

    @Override
    public String toString() {
        return pointer();
    }
}
