package dev.roletck.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by their stable id. */
public final class Ids {
    private Ids() {}

    /** An index from id to constant for one enum. */
    public static <E extends Enum<E> & Id> Map<String, E> index(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(Id::id, Function.identity()));
    }

    /** The constant of {@code index} with that id, if any. */
    public static <E> Optional<E> find(Map<String, E> index, String id) {
        return Optional.ofNullable(id == null ? null : index.get(id));
    }

    /** All ids of an enum, in declaration order, joined for error messages. */
    public static <E extends Enum<E> & Id> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Id::id).collect(Collectors.joining(", "));
    }
}
