package org.cadre.shared;

/** The thing asked for does not exist, or lies outside what the person may see (we do not say which). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
