package io.github.inddragelse.model.internal;

/** The library's version, filled in by the build; recorded in every assessment for audit. */
public final class LibraryVersion {

    /** The Maven version of inddragelse-model. */
    public static final String VERSION = "${project.version}";

    private LibraryVersion() {}
}
