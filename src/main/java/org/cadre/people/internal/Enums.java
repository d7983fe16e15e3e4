package org.cadre.people.internal;

/** Enum constants as stored in text columns. */
public final class Enums {

    private Enums() {
    }

    /** A stored value that no longer names a constant (written by hand or an older version) reads as absent. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
