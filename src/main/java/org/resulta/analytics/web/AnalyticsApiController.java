package org.resulta.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.resulta.analytics.AnalyticsQueries;
import org.resulta.analytics.AnalyticsQuery;
import org.resulta.analytics.AnalyticsResult;
import org.resulta.analytics.TooManyCellsException;
import org.resulta.shared.ConflictException;
import org.resulta.shared.DomainException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analytics query API: any combination of indicators, units, periods and disaggregations, as JSON pages or
 * as CSV streamed cell by cell ({@code Accept: text/csv} or {@code format=csv}).
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Values, targets, achievement and status for any indicators, units, periods and disaggregations")
class AnalyticsApiController {

    static final String CSV = "text/csv";
    static final String PROBLEMS = "https://resulta.org/problems/";

    private final AnalyticsQueries queries;
    private final int maxPageSize;

    AnalyticsApiController(AnalyticsQueries queries,
                           @Value("${resulta.analytics.max-page-size:10000}") int maxPageSize) {
        this.queries = queries;
        this.maxPageSize = maxPageSize;
    }

    @GetMapping
    @Operation(summary = "Cells for indicators x units x periods x disaggregations, as JSON pages or CSV",
            description = "periods: codes and ranges (2026-01..2026-06); periodType splits them (month, quarter, "
                    + "semester, year, financial-year); units: unit, children, subtree, level (with level) or group "
                    + "(with group, the code of an org unit group: its members within the unit's subtree); "
                    + "disaggregations: total, all or option combination codes. See docs/api.md.")
    ResponseEntity<AnalyticsResult> query(
            @RequestParam(required = false) List<String> indicators,
            @Parameter(description = "same as indicators") @RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String dataSet,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String units,
            @RequestParam(required = false) Integer level,
            @Parameter(description = "the org unit group for units=group") @RequestParam(required = false) String group,
            @RequestParam(required = false) String unitType,
            @RequestParam(required = false) List<String> periods,
            @Parameter(description = "same as periods") @RequestParam(required = false) List<String> period,
            @RequestParam(required = false) String periodType,
            @RequestParam(required = false) List<String> disaggregations,
            @Parameter(description = "same as disaggregations") @RequestParam(required = false) List<String> disaggregation,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "1000") int size,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnalyticsQuery query = new AnalyticsQuery(both(indicators, indicator), plan, dataSet, unit, units, level, group,
                unitType, both(periods, period), periodType, both(disaggregations, disaggregation));
        return answer(query, page, size, format, request, response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same query as a JSON body (for long lists of indicators)")
    ResponseEntity<AnalyticsResult> queryByBody(@RequestBody AnalyticsQuery query,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "1000") int size,
                                                @RequestParam(required = false) String format,
                                                HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(query, page, size, format, request, response);
    }

    /*
     * Refusals are answered here as the application's problem details, but with the content type set, so that a
     * caller that asked for CSV (Accept: text/csv) still gets the problem rather than a 406.
     */

    /** A query over the cell limit: 400, with the count and the limit as properties too. */
    @ExceptionHandler(TooManyCellsException.class)
    ResponseEntity<ProblemDetail> tooManyCells(TooManyCellsException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e, request);
        problem.setProperty("cells", e.cells());
        problem.setProperty("limit", e.limit());
        return answer(problem);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return answer(problem(status, e, request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role or org-unit scope does not allow this request");
        problem.setType(URI.create(PROBLEMS + "access-denied"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", "access-denied");
        return answer(problem);
    }

    private static ProblemDetail problem(HttpStatus status, DomainException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(PROBLEMS + e.rule()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", e.rule());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<AnalyticsResult> answer(AnalyticsQuery query, int page, int size, String format,
                                                   HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (wantsCsv(format, request.getHeader(HttpHeaders.ACCEPT))) {
            CellsCsv csv = new CellsCsv(() -> {
                response.setContentType(CSV + ";charset=UTF-8");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resulta-analytics.csv\"");
                return response.getWriter();
            });
            queries.stream(query, csv);
            csv.finish();
            return null;
        }
        return ResponseEntity.ok(queries.query(query, new PageRequest(page, size).capped(maxPageSize)));
    }

    static boolean wantsCsv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidValueException("format", "format", "Format '" + format
                        + "' is not offered; write json or csv");
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(CSV);
    }

    private static List<String> both(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }
}
