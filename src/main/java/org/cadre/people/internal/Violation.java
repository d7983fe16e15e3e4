package org.cadre.people.internal;

/** A rule a person's data breaks: the field it concerns, a message key and its arguments. */
record Violation(String field, String messageKey, Object... arguments) {
}
