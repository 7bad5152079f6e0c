package dev.roletck.i18n;

/**
 * A catalog that cannot be loaded, or a key or argument that the catalog does not have. The message
 * is one line: {@code file:line:col: what is wrong — how to fix it} for load errors.
 */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }
}
