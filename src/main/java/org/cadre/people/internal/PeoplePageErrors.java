package org.cadre.people.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On the people pages, a person that does not exist or lies outside the user's scope is a plain 404 page. */
@ControllerAdvice(assignableTypes = {RosterController.class, ProfileController.class, PersonFormController.class,
        ImportController.class})
class PeoplePageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
