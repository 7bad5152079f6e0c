package dev.roletck.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits a command line into words the way a POSIX shell would for plain words, quotes and backslashes. */
final class CommandLineSplitter {
    private CommandLineSplitter() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < line.length()) word.append(line.charAt(++i));
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw UsageException.of("message.usage.unclosed_quote", Map.of("quote", String.valueOf(quote), "command", line));
        if (inWord) words.add(word.toString());
        return List.copyOf(words);
    }
}
