package org.resulta.exchange.iati;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.results.PlanView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every plan of the demo government, which uses every measure (ratios, amounts, yes/no, text, disaggregated
 * indicators, ranges), exports as IATI 2.03 that the official schema accepts.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:iati-demo-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "resulta.demo=true"})
class IatiDemoExportIntegrationTests {

    @Autowired
    IatiExchange iati;
    @Autowired
    ResultsFramework results;
    @Autowired
    IndicatorCatalog catalog;

    @Test
    @WithUserDetails("admin")
    void exportsEveryDemoPlanAsValidIati() {
        List<PlanView> plans = results.plans(null, new PageRequest(0, 100)).items();
        Set<Measure> measures = catalog.indicators(IndicatorQuery.all(), new PageRequest(0, 500)).items().stream()
                .map(IndicatorView::measure).collect(Collectors.toSet());
        assertThat(plans).isNotEmpty();
        assertThat(measures).isEqualTo(EnumSet.allOf(Measure.class));

        for (PlanView plan : plans) {
            String xml = iati.exportPlan(plan.code());

            assertThat(IatiFiles.schemaErrors(xml)).as("schema errors of plan %s", plan.code()).isEmpty();
            assertThat(xml).contains("<iati-identifier>RESULTA-DEMO-" + plan.code() + "</iati-identifier>").contains("<result ");
        }
    }
}
