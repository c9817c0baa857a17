package org.resulta.exchange.values.web;

import jakarta.servlet.http.HttpServletRequest;
import org.resulta.shared.InvalidValueException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The upload limit of imports ({@code resulta.imports.max-file-size}, also the servlet's multipart limit): a
 * larger file is refused with {@code 413} and a problem that says the limit, whether the servlet container stops
 * it (before any controller runs, hence a global advice) or the controller does.
 */
@Component
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final DataSize limit;

    UploadLimit(@Value("${resulta.imports.max-file-size:100MB}") DataSize limit) {
        this.limit = limit;
    }

    /** Refuses a missing or too large file, then saves it to a temporary file for the job. */
    Path save(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file", "file-required", "Choose a file to upload");
        }
        if (file.getSize() > limit.toBytes()) {
            throw new UploadTooLarge(message(file.getSize()));
        }
        try {
            Path saved = Files.createTempFile("resulta-upload", ".bin");
            file.transferTo(saved);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored: " + e.getMessage(), e);
        }
    }

    String message(long size) {
        return "The file is larger than the upload limit of " + human(limit.toBytes()) + (size > 0 ? " (it has "
                + human(size) + ")" : "") + "; nothing was imported. Split it into smaller files";
    }

    String limitText() {
        return human(limit.toBytes());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(message(-1), request);
    }

    @ExceptionHandler(UploadTooLarge.class)
    ProblemDetail tooLarge(UploadTooLarge e, HttpServletRequest request) {
        return problem(e.getMessage(), request);
    }

    private static ProblemDetail problem(String message, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
        problem.setType(URI.create("https://resulta.org/problems/upload-too-large"));
        problem.setTitle("Upload too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", "upload-too-large");
        problem.setProperty("field", "file");
        return problem;
    }

    private static String human(long bytes) {
        if (bytes >= 1 << 20) {
            return (bytes >> 20) + " MB";
        }
        return bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }

    /** A file over the limit, found by the controller. */
    static final class UploadTooLarge extends RuntimeException {
        UploadTooLarge(String message) {
            super(message);
        }
    }
}
