package org.cadre.organization.internal;

import java.time.LocalDate;

import org.cadre.organization.UnitKind;
import org.cadre.shared.BusinessRuleException;

/**
 * One period of a unit's life with a given name, kind and parent. A change never rewrites a version: it closes the
 * current one on the effective date and opens the next.
 *
 * @param change        what opened this version
 * @param documentNo    the document (文号) that opened it
 * @param endedBy       what ended it (null while current)
 * @param mergedInto    the unit it was merged into, when ended by a merge
 * @param endDocumentNo the document that ended the unit (merge, dissolution)
 */
record UnitVersion(long id, long unitId, String code, String name, UnitKind kind, Long parentId, int sortOrder,
                   Period period, UnitChange change, String documentNo, UnitChange endedBy, Long mergedInto,
                   String endDocumentNo) {

    public boolean isCurrent() {
        return period.isOpen();
    }

    /**
     * A change may take effect on the day this version began or later, never earlier: history is appended to,
     * not rewritten.
     */
    void requireChangeableOn(LocalDate effectiveDate) {
        requireDate(effectiveDate);
        if (effectiveDate.isBefore(period.from())) {
            throw BusinessRuleException.onField("effectiveDate", "org.effectiveDate.beforeCurrent", name,
                    period.from().toString());
        }
    }

    static void requireDate(LocalDate effectiveDate) {
        if (effectiveDate == null) {
            throw BusinessRuleException.onField("effectiveDate", "org.effectiveDate.required");
        }
    }

    UnitVersion withName(String newName) {
        return new UnitVersion(id, unitId, code, newName, kind, parentId, sortOrder, period, change, documentNo,
                endedBy, mergedInto, endDocumentNo);
    }

    UnitVersion withParent(Long newParentId) {
        return new UnitVersion(id, unitId, code, name, kind, newParentId, sortOrder, period, change, documentNo,
                endedBy, mergedInto, endDocumentNo);
    }
}
