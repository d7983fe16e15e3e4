package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;

/** A member of an open competition's scoring panel (评委), with the weight of their scores. */
record Judge(long id, long selectionId, String name, BigDecimal weight) {
}
