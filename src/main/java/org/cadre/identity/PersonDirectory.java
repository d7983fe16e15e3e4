package org.cadre.identity;

import java.util.Optional;

/** Implemented by the people module so that an account can be linked to a person without identity depending on it. */
public interface PersonDirectory {

    Optional<PersonRef> findByEmployeeNo(String employeeNo);

    Optional<PersonRef> findById(long personId);

    /** The person an account stands for: id, employee number, name and current unit. */
    record PersonRef(long id, String employeeNo, String name, long unitId) {
    }
}
