package dev.roletck.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks every fuzz target makes of what the kit says about an arbitrary input. */
final class FuzzChecks {
    /** A word ending in Exception or Error that the input did not bring in itself is a leaked Java type. */
    private static final Pattern JAVA_TYPE = Pattern.compile("[\\w.$]*(Exception|Error)\\b");

    private FuzzChecks() {}

    /** {@code line} names no Java exception type but those quoted from {@code input} (as text). */
    static void noJavaType(String line, String input) {
        Matcher type = JAVA_TYPE.matcher(line);
        while (type.find()) {
            assertTrue(input.contains(type.group()), "no Java exception name: " + line);
        }
    }
}
