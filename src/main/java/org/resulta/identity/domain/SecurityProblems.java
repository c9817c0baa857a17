package org.resulta.identity.domain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/** Answers API requests that fail authentication (401) or authorisation (403) with RFC 9457 problem details. */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Resulta\", Bearer realm=\"Resulta\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "authentication-required",
                e.getMessage() == null || e.getMessage().startsWith("Full authentication")
                        ? "Sign in with HTTP Basic or send a personal API token as 'Authorization: Bearer <token>'"
                        : e.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "access-denied",
                "Your role or org-unit scope does not allow this request");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String rule,
                       String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://resulta.org/problems/" + rule));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", rule);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
