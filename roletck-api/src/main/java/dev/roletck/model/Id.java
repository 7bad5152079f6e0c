package dev.roletck.model;

/** A value with a stable snake_case identifier shared by matrices, features, bundles and the wire protocol. */
public interface Id {
    /** The stable identifier, e.g. {@code full_admin}. */
    String id();
}
