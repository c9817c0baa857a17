package org.resulta.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.CategoryKind;
import org.resulta.measurement.CategoryRequest;
import org.resulta.measurement.DisaggregationRequest;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: sign-in, scope on every page, CSRF on forms, form messages instead of errors, security headers.
 * Its own database (not the one {@link ApiIntegrationTests} builds its government in).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:pages-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationStructure organisation;
    @Autowired
    ResultsFramework results;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PerformanceData data;
    @Autowired
    UserAccounts users;
    @Autowired
    UserDetailsService accounts;

    @Autowired
    Disaggregations disaggregations;

    @BeforeAll
    void buildGovernment() {
        GovernmentFixtures government = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        government.buildSmallGovernment();
        government.asAdministrator(() -> {
            disaggregations.defineCategory(new CategoryRequest("SEX", "Sex", CategoryKind.SEX, List.of(
                    new CategoryRequest.Option("F", "Female"), new CategoryRequest.Option("M", "Male"))));
            disaggregations.defineDisaggregation(new DisaggregationRequest("sex", "Sex", List.of("SEX")));
            IndicatorRequest count = GovernmentFixtures.quarterlyCount("CLIENTS", "H-OUT", "Clients served");
            catalog.define(new IndicatorRequest(count.code(), count.resultCode(), count.name(), null, null, null,
                    count.unitOfMeasure(), count.measure(), count.dimension(), count.direction(), null, null,
                    count.frequency(), 0, null, null, null, null, null, null, null, null, null, count.achievementMethod(), "sex"));
        });
    }

    @Test
    void offersOneInputPerCombinationOfADisaggregatedIndicator() throws Exception {
        var encoder = user(accounts.loadUserByUsername("health-encoder"));
        mvc.perform(get("/data-entry").param("unit", "HEALTH-N").param("period", "2025Q3").with(encoder))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"CLIENTS--F-value\"")))
                .andExpect(content().string(containsString("id=\"CLIENTS--M-value\"")));
        mvc.perform(post("/data-entry").with(csrf()).with(encoder).param("unit", "HEALTH-N").param("period", "2025Q3")
                        .param("rows[0].indicatorCode", "CLIENTS").param("rows[0].optionCombo", "F").param("rows[0].value", "12")
                        .param("rows[1].indicatorCode", "CLIENTS").param("rows[1].optionCombo", "M").param("rows[1].value", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CLIENTS@M: &#39;many&#39; is not a number")));
    }

    @Test
    void sendsStrangersToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void sendsStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void showsEachUserTheirOwnUnitsScorecard() throws Exception {
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Department of Health")))
                .andExpect(content().string(containsString("DELIVERIES")))
                .andExpect(content().string(not(containsString("ENROLLED"))));
    }

    @Test
    void refusesAnotherDepartmentsPagesToAViewer() throws Exception {
        var viewer = user(accounts.loadUserByUsername("health-viewer"));
        mvc.perform(get("/scorecards/SCHOOLS").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/SCHOOLS-PLAN").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/ENROLLED").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/data-entry").param("unit", "SCHOOLS-N").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/org-units/HEALTH").with(viewer)).andExpect(status().isOk());
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/data-entry").with(user(accounts.loadUserByUsername("health-encoder")))
                        .param("unit", "HEALTH-N").param("period", "2025Q2"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answersARefusedFormWithAMessageNextToTheInput() throws Exception {
        mvc.perform(post("/data-entry").with(csrf()).with(user(accounts.loadUserByUsername("health-encoder")))
                        .param("unit", "HEALTH-N").param("period", "2025Q2")
                        .param("rows[0].indicatorCode", "SATISFIED").param("rows[0].value", "140"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("above its maximum 100")));
    }

    @Test
    void savesAFormAndSaysSo() throws Exception {
        mvc.perform(post("/data-entry").with(csrf()).with(user(accounts.loadUserByUsername("health-encoder")))
                        .param("unit", "HEALTH-N").param("period", "2025Q2")
                        .param("rows[0].indicatorCode", "SATISFIED").param("rows[0].value", "91.5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Saved 1 value")));
    }

    @Test
    void showsAnUnknownCodeAsANotFoundPage() throws Exception {
        mvc.perform(get("/org-units/NOWHERE").with(user(accounts.loadUserByUsername(GovernmentFixtures.ADMIN))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No org unit with code &#39;NOWHERE&#39;")));
    }

    @Test
    void refusesAUnitMoveIntoItsOwnSubtreeWithAFormMessage() throws Exception {
        mvc.perform(post("/org-units/HEALTH/move").with(csrf()).with(user(accounts.loadUserByUsername(GovernmentFixtures.ADMIN)))
                        .param("parentCode", "HEALTH-S"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("would make a cycle")));
    }

    @Test
    void drawsThePlansResultsChain() throws Exception {
        mvc.perform(get("/plans/HEALTH-PLAN").with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain-svg\"")))
                .andExpect(content().string(containsString("H-OC contributes to H-IMP")));
    }
}
