package org.cadre.cadres.internal.selection;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An argument of a message that is itself a message (a step's or a level's name), translated with it. */
final class Label {

    private Label() {
    }

    static DefaultMessageSourceResolvable of(String key) {
        return new DefaultMessageSourceResolvable(new String[]{key}, key);
    }

    static DefaultMessageSourceResolvable of(Enum<?> value) {
        return of("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
