package org.cadre.organization.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A unit, post or assignment that does not exist is the error page's 404 on the organization's pages. */
@ControllerAdvice(assignableTypes = {UnitPages.class, UnitForms.class, PostPages.class, AssignmentPages.class})
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
