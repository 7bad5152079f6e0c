/**
 * Writing the files the kit produces (reports, exports, translated admin lists) so that a reader
 * never sees one half written: each is written beside its place under a temporary name, then moved
 * into place. The file gets the permissions any file the user creates gets (their umask), not those
 * of a private temporary file.
 */
package dev.roletck.output;
