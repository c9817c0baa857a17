package org.resulta.exchange.values.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resulta.exchange.values.Dhis2MetadataImport;
import org.resulta.exchange.values.Dhis2MetadataOptions;
import org.resulta.exchange.values.Dhis2MetadataReport;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.PeriodType;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** DHIS2 metadata (indicators and constants, and on request data elements and their disaggregations) imported. */
@RestController
@RequestMapping("/api/v1/imports/dhis2-metadata")
@Tag(name = "Data value exchange", description = "Import and export actuals as CSV, XLSX, JSON and DHIS2 data value sets")
class Dhis2MetadataApiController {

    private final Dhis2MetadataImport metadata;
    private final UploadLimit limit;

    Dhis2MetadataApiController(Dhis2MetadataImport metadata, UploadLimit limit) {
        this.metadata = metadata;
        this.limit = limit;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the indicators and constants of a DHIS2 metadata JSON as formula indicators under a "
            + "result and named constants; with dataElements=true first its categories, category combos, data elements "
            + "and their DHIS2 mapping; reports each as created, updated, unchanged or refused with the reason "
            + "(dryRun saves nothing)")
    Dhis2MetadataReport importMetadata(@RequestParam(name = "file", required = false) MultipartFile file,
                                       @RequestParam(required = false) String resultCode,
                                       @RequestParam(defaultValue = "QUARTERLY") String frequency,
                                       @RequestParam(defaultValue = "INCREASE") String direction,
                                       @RequestParam(defaultValue = "false") boolean dataElements,
                                       @RequestParam(defaultValue = "false") boolean dryRun) {
        return run(metadata, limit, file, options(resultCode, frequency, direction, dataElements, dryRun));
    }

    /** Checks the choices; shared with the page. */
    static Dhis2MetadataOptions options(String resultCode, String frequency, String direction, boolean dataElements,
                                        boolean dryRun) {
        if (resultCode == null || resultCode.isBlank()) {
            throw new InvalidValueException("resultCode", "required", "Name the result the indicators go under (resultCode)");
        }
        return new Dhis2MetadataOptions(resultCode.strip(), choice(PeriodType.class, "frequency", frequency),
                choice(Direction.class, "direction", direction), dataElements, dryRun);
    }

    /** Stores the upload, imports it and deletes it; shared with the page. */
    static Dhis2MetadataReport run(Dhis2MetadataImport metadata, UploadLimit limit, MultipartFile file,
                                   Dhis2MetadataOptions options) {
        Path saved = limit.save(file);
        try (InputStream in = Files.newInputStream(saved)) {
            return metadata.importMetadata(in, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(saved);
            } catch (IOException ignored) {
                // a temporary file; the answer matters more
            }
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "unknown-" + field, "Unknown " + field + " '" + value + "': use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
