/**
 * Reading the files a user hands the kit, fail closed: only a regular file below a size limit is
 * read, and only as well-formed UTF-8, so that a symlink to {@code /dev/zero}, a FIFO or a stray
 * binary file is refused with one line instead of exhausting memory or blocking.
 */
package dev.roletck.input;
