/**
 * Writing what the kit produces. Files (reports, exports, translated admin lists) so that a reader
 * never sees one half written: each is written beside its place under a temporary name, then moved
 * into place. The file gets the permissions any file the user creates gets (their umask), not those
 * of a private temporary file. Text from outside the kit ({@link dev.roletck.output.PrintableText})
 * so that it prints on one line and cannot forge one.
 */
package dev.roletck.output;
