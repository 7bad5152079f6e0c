package dev.roletck.harness.http;

/** Short quotations of what a PDP wrote, for one-line failure messages. */
final class ImplementationFaults {
    private ImplementationFaults() {}

    static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
