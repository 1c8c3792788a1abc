package org.odmaturity.organization.directory;

/** What a line of an import did (or, in a preview, would do) to the directory. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED, REFUSED
}
