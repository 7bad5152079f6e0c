package dev.roletck.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What an ICU MessageFormat pattern asks of its arguments, and whether it is complete for a language. */
final class Patterns {
    private Patterns() {}

    /** A plural (or selectordinal) argument of a pattern and the categories it spells out. */
    record PluralArg(String name, boolean ordinal, Set<String> keywords) {}

    /** Parses the pattern as ICU does for that locale; throws IllegalArgumentException with ICU's reason. */
    static MessageFormat compile(String pattern, Locale locale) {
        new MessagePattern(pattern);
        return new MessageFormat(pattern, ULocale.forLocale(locale));
    }

    /** Every named argument and its type (the first use wins), in order of appearance. */
    static Map<String, MessagePattern.ArgType> arguments(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        Map<String, MessagePattern.ArgType> args = new LinkedHashMap<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = mp.getPart(i + 1);
                String id = mp.getSubstring(name);
                if (name.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    throw new IllegalArgumentException("numbered argument {" + id + "}: use a named argument");
                }
                args.putIfAbsent(id, part.getArgType());
            }
        }
        return args;
    }

    static List<PluralArg> plurals(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        List<PluralArg> out = new ArrayList<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part start = mp.getPart(i);
            if (start.getType() != MessagePattern.Part.Type.ARG_START) continue;
            MessagePattern.ArgType type = start.getArgType();
            if (type != MessagePattern.ArgType.PLURAL && type != MessagePattern.ArgType.SELECTORDINAL) continue;
            String name = mp.getSubstring(mp.getPart(i + 1));
            Set<String> keywords = new LinkedHashSet<>();
            int limit = mp.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                MessagePattern.Part p = mp.getPart(j);
                if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    keywords.add(mp.getSubstring(p));
                } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = mp.getLimitPartIndex(j);
                }
            }
            out.add(new PluralArg(name, type == MessagePattern.ArgType.SELECTORDINAL, keywords));
        }
        return out;
    }

    /** The plural categories the language needs that an argument of the pattern does not spell out. */
    static Map<String, Set<String>> missingPluralCategories(String pattern, Locale locale) {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (PluralArg arg : plurals(pattern)) {
            PluralRules rules = PluralRules.forLocale(ULocale.forLocale(locale),
                    arg.ordinal() ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
            Set<String> lacking = new TreeSet<>(rules.getKeywords());
            lacking.removeAll(arg.keywords());
            if (!lacking.isEmpty()) missing.merge(arg.name(), lacking, (a, b) -> { a.addAll(b); return a; });
        }
        return missing;
    }

    /** Writes plain text as an ICU pattern that formats back to the same text. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> out.append("''");
                case '{' -> out.append("'{'");
                case '}' -> out.append("'}'");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
