package org.resulta.exchange.values.web;

import org.resulta.exchange.values.Dhis2MetadataImport;
import org.resulta.exchange.values.Dhis2MetadataReport;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.DomainException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.PeriodType;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page that imports DHIS2 indicators and constants (and, checked by default, the data elements, their
 * disaggregations and the DHIS2 mapping) from a metadata file, and shows the report under the form.
 */
@Controller
class Dhis2MetadataPageController {

    private final Dhis2MetadataImport metadata;
    private final UploadLimit limit;

    Dhis2MetadataPageController(Dhis2MetadataImport metadata, UploadLimit limit) {
        this.metadata = metadata;
        this.limit = limit;
    }

    @GetMapping("/imports/dhis2-metadata")
    String page(Model model) {
        return page(model, null, "QUARTERLY", "INCREASE", true, true, null, FormErrors.none());
    }

    @PostMapping("/imports/dhis2-metadata")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String resultCode,
                  @RequestParam(defaultValue = "QUARTERLY") String frequency,
                  @RequestParam(defaultValue = "INCREASE") String direction,
                  @RequestParam(defaultValue = "false") boolean dataElements,
                  @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        try {
            Dhis2MetadataReport report = Dhis2MetadataApiController.run(metadata, limit, file,
                    Dhis2MetadataApiController.options(resultCode, frequency, direction, dataElements, dryRun));
            return page(model, resultCode, frequency, direction, dataElements, dryRun, report, FormErrors.none());
        } catch (DomainException e) {
            return page(model, resultCode, frequency, direction, dataElements, dryRun, null, FormErrors.of(e));
        } catch (UploadLimit.UploadTooLarge e) {
            return page(model, resultCode, frequency, direction, dataElements, dryRun, null,
                    FormErrors.of(new InvalidValueException("file", "upload-too-large", e.getMessage())));
        }
    }

    private String page(Model model, String resultCode, String frequency, String direction, boolean dataElements,
                        boolean dryRun, Dhis2MetadataReport report, FormErrors errors) {
        model.addAttribute("section", "imports");
        model.addAttribute("resultCode", resultCode);
        model.addAttribute("frequency", frequency);
        model.addAttribute("frequencies", PeriodType.values());
        model.addAttribute("direction", direction);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("dataElements", dataElements);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute("limit", limit.limitText());
        return "exchange/dhis2-metadata";
    }
}
