package org.resulta.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api/} that no endpoint answers gets a problem-details 404 like every other API error.
 * No controller handles such a request, so {@link ApiProblemHandler} (bound to REST controllers) never sees it; this
 * advice is bound to no controller type and leaves every other address to the error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownApiAddress {

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail unknown(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "unknown-address", "No API endpoint at "
                + request.getMethod() + " " + request.getRequestURI() + "; the endpoints are listed at /v3/api-docs "
                + "and /swagger-ui.html", request);
    }
}
