package org.resulta.measurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.resulta.shared.PeriodType;

import java.util.List;

/**
 * A reporting form: the indicators the listed units report at {@code frequency}, due {@code dueDays} after the
 * period ends, closed to entry {@code expiryDays} after it (blank: never), approved {@code approvalLevels} levels
 * up the hierarchy (1: the parent unit). An indicator marked {@code explainVariance} must carry a comment before a
 * report with it off track can be submitted.
 */
public record DataSetRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull PeriodType frequency,
        @Min(0) @Max(366) int dueDays,
        @Min(0) @Max(3660) Integer expiryDays,
        @Min(1) @Max(10) int approvalLevels,
        @NotBlank String ownerUnitCode,
        @NotEmpty List<@Valid Member> indicators,
        @NotEmpty List<@NotBlank String> unitCodes) {

    public record Member(@NotBlank String indicatorCode, boolean explainVariance) {
    }
}
