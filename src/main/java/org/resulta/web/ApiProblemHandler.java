package org.resulta.web;

import jakarta.servlet.http.HttpServletRequest;
import org.resulta.shared.ConflictException;
import org.resulta.shared.DomainException;
import org.resulta.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every error of the REST API into RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail}, and where known the {@code field} and {@code rule} at fault, or a list of {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final String TYPE_BASE = "https://resulta.org/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return domainProblem(HttpStatus.NOT_FOUND, e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return domainProblem(HttpStatus.CONFLICT, e, request);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail invalid(DomainException e, HttpServletRequest request) {
        return domainProblem(HttpStatus.BAD_REQUEST, e, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "access-denied",
                "Your role or org-unit scope does not allow this request", request);
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ProblemDetail unauthenticated(AuthenticationCredentialsNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "authentication-required", "Sign in first", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Parameter '" + e.getName()
                + "' cannot be '" + e.getValue() + "'", request);
        problem.setProperty("field", e.getName());
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "integrity", "The change clashes with stored data (a duplicate or a "
                + "missing reference); nothing was saved", request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {}", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; nothing was half-written. The error is logged.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblemHandler::fieldError).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(x -> x.get("field") + " " + x.get("message")).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request content");
        problem.setType(URI.create(TYPE_BASE + "validation"));
        problem.setProperty("rule", "validation");
        problem.setProperty("errors", errors);
        if (errors.size() == 1) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getAllErrors().stream()
                .map(r -> r.getDefaultMessage()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request parameters");
        problem.setType(URI.create(TYPE_BASE + "validation"));
        problem.setProperty("rule", "validation");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = null;
        String detail = "The request body is not valid JSON for this operation";
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = "Field '" + field + "' has a value of the wrong type or an unknown choice: "
                    + databind.getOriginalMessage();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Unreadable request body");
        problem.setType(URI.create(TYPE_BASE + "unreadable-body"));
        problem.setProperty("rule", "unreadable-body");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static Map<String, String> fieldError(FieldError f) {
        return Map.of("field", f.getField(), "rule", f.getCode() == null ? "invalid" : f.getCode(),
                "message", f.getDefaultMessage() == null ? "is not valid" : f.getDefaultMessage(),
                "rejectedValue", String.valueOf(f.getRejectedValue()));
    }

    private static ProblemDetail domainProblem(HttpStatus status, DomainException e, HttpServletRequest request) {
        ProblemDetail problem = problem(status, e.rule(), e.getMessage(), request);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        e.details().forEach(problem::setProperty);
        if (!e.violations().isEmpty()) {
            problem.setProperty("errors", e.violations().stream().map(v -> {
                Map<String, String> error = new java.util.LinkedHashMap<>();
                if (v.item() != null) {
                    error.put("item", v.item());
                }
                error.put("field", v.field());
                error.put("rule", v.rule());
                error.put("message", v.message());
                return error;
            }).toList());
        }
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String rule, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", rule);
        return problem;
    }
}
