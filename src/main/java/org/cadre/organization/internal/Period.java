package org.cadre.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A period [from, to): {@code to} is the first day no longer covered, null while open. A period with
 * {@code from == to} is empty: kept in the history, it covers no day and overlaps nothing.
 */
record Period(LocalDate from, LocalDate to) {

    Period {
        if (from == null) {
            throw new IllegalArgumentException("a period starts on a date");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    static Period startingOn(LocalDate from) {
        return new Period(from, null);
    }

    public boolean isEmpty() {
        return from.equals(to);
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean covers(LocalDate day) {
        return !from.isAfter(day) && (to == null || to.isAfter(day));
    }

    boolean overlaps(Period other) {
        return !isEmpty() && !other.isEmpty()
                && (other.to == null || from.isBefore(other.to))
                && (to == null || other.from.isBefore(to));
    }

    /** Whether the period covers {@code day} or any later day. */
    boolean reaches(LocalDate day) {
        return overlaps(startingOn(day));
    }

    /** The most periods covering one same day, on {@code day} or later. */
    static int mostAtOnceFrom(Collection<Period> periods, LocalDate day) {
        // the count can only rise where a period starts, so those days (and the first) are the ones to look at
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(day);
        periods.stream().map(Period::from).filter(d -> d.isAfter(day)).forEach(days::add);
        int most = 0;
        for (LocalDate d : days) {
            most = Math.max(most, (int) periods.stream().filter(p -> p.covers(d)).count());
        }
        return most;
    }
}
