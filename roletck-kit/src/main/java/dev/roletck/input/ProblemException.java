package dev.roletck.input;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input the kit refuses, as the {@link Problem}s found in it, one line each — or, for what has no
 * position in a file (a folder that does not exist), one catalog {@link Message}, which begins
 * with the path itself. The exception's message is the English form; a command prints
 * {@link #say} in the run's language.
 */
public class ProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final transient Optional<Message> line;

    public ProblemException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("an input problem names at least one problem");
        this.problems = List.copyOf(problems);
        this.line = Optional.empty();
    }

    /** A problem without a position in a file: the message is the whole line (it names the path). */
    public ProblemException(Message line) {
        super(line.english());
        this.problems = List.of();
        this.line = Optional.of(line);
    }

    public ProblemException(Problem problem) { this(List.of(problem)); }

    /** The problems at their positions (none for a problem without one). */
    public List<Problem> problems() { return problems; }

    /** The problems in the reader's language, one a line. */
    public String say(Catalog catalog, Locale locale) {
        if (line.isPresent()) return line.get().render(catalog, locale);
        return problems.stream().map(p -> p.say(catalog, locale)).collect(Collectors.joining("\n"));
    }

    /** The problems in the reader's language, from the kit's standard catalog. */
    public String say(Locale locale) { return say(Catalog.standard(), locale); }
}
