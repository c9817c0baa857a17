package org.resulta.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.NewUserRequest;
import org.resulta.identity.Role;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organisation unit groups on the small government of {@link GovernmentFixtures}: the API (create, members, bad
 * input, retire), scope (a department's reader sees only its members; only a system-wide administrator changes
 * groups), the group pages, and {@code units=group} in the analytics API and on the pivot page.
 * {@code PostgresUnitGroupIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties =
        "spring.datasource.url=jdbc:h2:mem:unit-groups-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitGroupIntegrationTests {

    static final String API = "/api/v1/unit-groups";
    static final String QUARTER = GovernmentFixtures.PAST_QUARTER;

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationStructure organisation;
    @Autowired
    OrgUnitLookup lookup;
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

    @BeforeAll
    void buildGovernment() throws Exception {
        GovernmentFixtures fixtures = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        fixtures.buildSmallGovernment();
        fixtures.asAdministrator(() -> users.create(new NewUserRequest("health-admin", "health-admin", null,
                GovernmentFixtures.PASSWORD, Set.of(Role.ADMINISTRATOR), "HEALTH")));
        asAdmin(json(post(API), """
                {"code":"NORTH","name":"Northern offices","description":"Offices of the north","unitCodes":["SCHOOLS-N","HEALTH-N"]}"""))
                .andExpect(status().isCreated());
    }

    // ---- the API

    @Test
    void createsAGroupWithItsMembersInTreeOrder() throws Exception {
        asAdmin(json(post(API), """
                {"code":"SOUTH-1","name":"South","unitCodes":["HEALTH-S","HEALTH","HEALTH-S"]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/unit-groups/SOUTH-1"))
                .andExpect(jsonPath("$.code").value("SOUTH-1"))
                .andExpect(jsonPath("$.name").value("South"))
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH", "HEALTH-S")))
                .andExpect(jsonPath("$.createdBy").value(GovernmentFixtures.ADMIN));
        asAdmin(get(API + "/south-1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH", "HEALTH-S")));
        asAdmin(get(API).param("size", "1").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1));
        asAdmin(get(API).param("size", "500"))
                .andExpect(jsonPath("$.items[?(@.code=='NORTH')].memberCount", contains(2)));
    }

    @Test
    void addsRemovesAndReplacesMembersAndRenamesTheGroup() throws Exception {
        asAdmin(json(post(API), "{\"code\":\"MEMBERS\",\"name\":\"Members\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.members", empty()));
        asAdmin(post(API + "/MEMBERS/members/SCHOOLS-N")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("SCHOOLS-N")));
        asAdmin(post(API + "/MEMBERS/members/HEALTH-S")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-S", "SCHOOLS-N")));
        asAdmin(post(API + "/MEMBERS/members/HEALTH-S")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-S", "SCHOOLS-N")));
        asAdmin(delete(API + "/MEMBERS/members/SCHOOLS-N")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-S")));
        asAdmin(json(put(API + "/MEMBERS/members"), "{\"unitCodes\":[\"SCHOOLS\",\"HEALTH-N\"]}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-N", "SCHOOLS")));
        asAdmin(json(put(API + "/MEMBERS"), "{\"name\":\"Renamed\",\"description\":\"Now described\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed"))
                .andExpect(jsonPath("$.description").value("Now described"))
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-N", "SCHOOLS")));
        asAdmin(get("/api/v1/audit").param("entity", "UNIT_GROUP")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].entityKey", hasItem("MEMBERS")));
    }

    @Test
    void refusesBadInputNamingTheFieldAndTheRule() throws Exception {
        asAdmin(json(post(API), "{\"code\":\"north\",\"name\":\"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.rule").value("duplicate-code"));
        asAdmin(json(post(API), "{\"code\":\"BLANK\",\"name\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        asAdmin(json(post(API), "{\"code\":\"BAD CODE\",\"name\":\"Bad\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
        asAdmin(json(post(API), "{\"code\":\"UNKNOWN\",\"name\":\"Unknown\",\"unitCodes\":[\"HEALTH\",\"NOPE-1\",\"NOPE-2\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCodes"))
                .andExpect(jsonPath("$.rule").value("unknown-org-unit"))
                .andExpect(jsonPath("$.detail").value(containsString("'NOPE-1', 'NOPE-2'")));
        asAdmin(get(API + "/UNKNOWN")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("UNKNOWN")));
        asAdmin(json(put(API + "/NORTH"), "{\"name\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        asAdmin(post(API + "/NORTH/members/NOWHERE")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("unitCode"))
                .andExpect(jsonPath("$.detail").value(containsString("NOWHERE")));
        asAdmin(delete(API + "/NORTH")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void retiresAGroupWithAReasonAndKeepsItReadableButUnchangeable() throws Exception {
        asAdmin(json(post(API), "{\"code\":\"OLD\",\"name\":\"Old grouping\",\"unitCodes\":[\"HEALTH-N\"]}"))
                .andExpect(status().isCreated());
        asAdmin(delete(API + "/OLD").param("reason", "Replaced by the 2026 regions")).andExpect(status().isOk())
                .andExpect(jsonPath("$.retiredReason").value("Replaced by the 2026 regions"))
                .andExpect(jsonPath("$.retiredBy").value(GovernmentFixtures.ADMIN));
        asAdmin(get(API + "/OLD")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-N")));
        asAdmin(post(API + "/OLD/members/HEALTH-S")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("retired-group"));
        asAdmin(delete(API + "/OLD").param("reason", "again")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("already-retired"));
        asAdmin(get(API).param("size", "500")).andExpect(jsonPath("$.items[*].code", not(hasItem("OLD"))));
        asAdmin(get(API).param("size", "500").param("includeRetired", "true"))
                .andExpect(jsonPath("$.items[*].code", hasItem("OLD")));
    }

    @Test
    void refusesARetiredUnitAsAMember() throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"HEALTH-GONE\",\"name\":\"Closed office\",\"type\":\"SECTION\",\"parentCode\":\"HEALTH-S\"}"))
                .andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/org-units/HEALTH-GONE/retire"), "{\"reason\":\"closed\"}")).andExpect(status().isOk());
        asAdmin(json(post(API), "{\"code\":\"WITH-RETIRED\",\"name\":\"With retired\",\"unitCodes\":[\"HEALTH-GONE\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("retired-unit"))
                .andExpect(jsonPath("$.detail").value(containsString("HEALTH-GONE")));
    }

    /**
     * A member retired after it joined stays through a save of the members form, which shows it ticked: the group's
     * past figures cover it. Unticked, it leaves; it cannot join again.
     */
    @Test
    void keepsAMemberRetiredSinceItJoinedWhenTheMembersAreSavedAgain() throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"HEALTH-OLD\",\"name\":\"Old office\",\"type\":\"SECTION\",\"parentCode\":\"HEALTH-N\"}"))
                .andExpect(status().isCreated());
        asAdmin(json(post(API), "{\"code\":\"KEEPS-OLD\",\"name\":\"Keeps old\",\"unitCodes\":[\"HEALTH-OLD\",\"HEALTH-S\"]}"))
                .andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/org-units/HEALTH-OLD/retire"), "{\"reason\":\"merged\"}")).andExpect(status().isOk());

        String form = onPage(GovernmentFixtures.ADMIN, get("/unit-groups/KEEPS-OLD")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).containsPattern("id=\"m-unit-HEALTH-OLD\"[^>]*checked").contains("Old office (HEALTH-OLD), retired");
        onPage(GovernmentFixtures.ADMIN, post("/unit-groups/KEEPS-OLD/members").with(csrf())
                .param("unitCodes", "HEALTH-OLD", "HEALTH-S", "HEALTH-N"))
                .andExpect(redirectedUrl("/unit-groups/KEEPS-OLD"));
        asAdmin(get(API + "/KEEPS-OLD")).andExpect(jsonPath("$.members[*].code",
                containsInAnyOrder("HEALTH-OLD", "HEALTH-S", "HEALTH-N")));

        asAdmin(json(put(API + "/KEEPS-OLD/members"), "{\"unitCodes\":[\"HEALTH-S\"]}")).andExpect(status().isOk());
        asAdmin(json(put(API + "/KEEPS-OLD/members"), "{\"unitCodes\":[\"HEALTH-S\",\"HEALTH-OLD\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("retired-unit"));
    }

    // ---- scope

    @Test
    void aReaderOfOneDepartmentSeesOnlyItsMembers() throws Exception {
        as("health-viewer", get(API + "/NORTH")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-N")));
        as("schools-officer", get(API + "/NORTH")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", contains("SCHOOLS-N")));
        as("health-viewer", get(API).param("size", "500"))
                .andExpect(jsonPath("$.items[?(@.code=='NORTH')].memberCount", contains(1)));
        assertThat(lookup.groupMembers("NORTH").orElseThrow()).extracting(OrgUnitView::code)
                .containsExactly("HEALTH-N", "SCHOOLS-N");
    }

    @Test
    void onlyASystemWideAdministratorChangesGroups() throws Exception {
        as("health-admin", json(post(API), "{\"code\":\"MINE\",\"name\":\"Mine\",\"unitCodes\":[\"HEALTH-N\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("health-admin", post(API + "/NORTH/members/HEALTH-S")).andExpect(status().isForbidden());
        as("health-admin", delete(API + "/NORTH/members/SCHOOLS-N")).andExpect(status().isForbidden());
        as("health-officer", json(put(API + "/NORTH"), "{\"name\":\"Taken over\"}")).andExpect(status().isForbidden());
        as("health-viewer", delete(API + "/NORTH").param("reason", "mine now")).andExpect(status().isForbidden());
        asAdmin(get(API + "/NORTH")).andExpect(jsonPath("$.name").value("Northern offices"))
                .andExpect(jsonPath("$.members[*].code", contains("HEALTH-N", "SCHOOLS-N")))
                .andExpect(jsonPath("$.retiredAt").isEmpty());
    }

    // ---- units=group in the analytics query

    @Test
    void analyticsAnswersForExactlyTheGroupsMembersWithinTheUnit() throws Exception {
        asAdmin(get("/api/v1/analytics").param("indicators", "DELIVERIES,ENROLLED").param("unit", "GOV")
                .param("units", "group").param("group", "NORTH").param("periods", QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.units[*].code", contains("HEALTH-N", "SCHOOLS-N")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.indicator=='DELIVERIES')].unit", contains("HEALTH-N")))
                .andExpect(jsonPath("$.items[?(@.indicator=='DELIVERIES')].value", contains(closeTo(80.0, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.indicator=='ENROLLED')].unit", contains("SCHOOLS-N")))
                .andExpect(jsonPath("$.items[?(@.indicator=='ENROLLED')].value", contains(closeTo(990.0, 1e-9))));
        asAdmin(get("/api/v1/analytics").param("indicators", "DELIVERIES").param("unit", "HEALTH")
                .param("units", "group").param("group", "NORTH").param("periods", QUARTER))
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH-N")));
        as("health-viewer", get("/api/v1/analytics").param("unit", "HEALTH").param("units", "group")
                .param("group", "NORTH").param("periods", QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.units[*].code", contains("HEALTH-N")));
        as("health-viewer", get("/api/v1/analytics").param("unit", "GOV").param("units", "group")
                .param("group", "NORTH").param("periods", QUARTER))
                .andExpect(status().isForbidden());
    }

    @Test
    void analyticsRefusesAnUnknownGroupAndAGroupWithoutUnitsGroup() throws Exception {
        asAdmin(get("/api/v1/analytics").param("unit", "GOV").param("units", "group").param("group", "ATLANTIS")
                .param("periods", QUARTER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("group"))
                .andExpect(jsonPath("$.detail").value(containsString("ATLANTIS")));
        asAdmin(get("/api/v1/analytics").param("unit", "GOV").param("units", "group").param("periods", QUARTER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("group"))
                .andExpect(jsonPath("$.rule").value("group-required"));
        asAdmin(get("/api/v1/analytics").param("unit", "GOV").param("units", "subtree").param("group", "NORTH")
                .param("periods", QUARTER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("group"))
                .andExpect(jsonPath("$.rule").value("group-without-units-group"));
        asAdmin(json(post("/api/v1/analytics"), """
                {"indicators":["DELIVERIES"],"unit":"GOV","units":"group","group":"NORTH","periods":["%s"]}""".formatted(QUARTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH-N")));
    }

    // ---- pages

    @Test
    void listsGroupsAndOffersTheCreateFormOnlyToASystemWideAdministrator() throws Exception {
        String page = onPage(GovernmentFixtures.ADMIN, get("/unit-groups")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<table id=\"unit-groups\"").contains("href=\"/unit-groups/NORTH\"")
                .contains("id=\"new-group-form\"").contains("<label for=\"group-name\">Name</label>")
                .contains("id=\"new-unit-HEALTH-N\"");
        String viewer = onPage("health-viewer", get("/unit-groups")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(viewer).contains("href=\"/unit-groups/NORTH\"").doesNotContain("id=\"new-group-form\"");
        String admin = onPage(GovernmentFixtures.ADMIN, get("/admin")).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("href=\"/unit-groups\"");
    }

    @Test
    void createsAGroupOnThePageAndShowsBadInputNextToTheField() throws Exception {
        String refused = onPage(GovernmentFixtures.ADMIN, post("/unit-groups").with(csrf()).param("code", "PAGE-G")
                .param("name", "").param("unitCodes", "HEALTH-N"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("class=\"error-summary\"").contains("id=\"name-error\"")
                .containsPattern("id=\"new-unit-HEALTH-N\"[^>]*checked");
        onPage(GovernmentFixtures.ADMIN, post("/unit-groups").with(csrf()).param("code", "north").param("name", "Twice"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")));
        onPage(GovernmentFixtures.ADMIN, post("/unit-groups").with(csrf()).param("code", "PAGE-G")
                .param("name", "Made on the page").param("unitCodes", "HEALTH-N", "HEALTH-S"))
                .andExpect(redirectedUrl("/unit-groups/PAGE-G"));
        onPage(GovernmentFixtures.ADMIN, post("/unit-groups/PAGE-G/members").with(csrf()).param("unitCodes", "SCHOOLS-N"))
                .andExpect(redirectedUrl("/unit-groups/PAGE-G"));
        String group = onPage(GovernmentFixtures.ADMIN, get("/unit-groups/PAGE-G")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(group).contains("Made on the page").contains("href=\"/org-units/SCHOOLS-N\"")
                .doesNotContain("href=\"/org-units/HEALTH-N\"").contains("id=\"members-form\"")
                .contains("/analytics/pivot?unit=GOV&amp;units=group&amp;group=PAGE-G");
        String noReason = onPage(GovernmentFixtures.ADMIN, post("/unit-groups/PAGE-G/retire").with(csrf()).param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("id=\"reason-error\"");
        onPage("health-officer", post("/unit-groups/PAGE-G/members").with(csrf()).param("unitCodes", "HEALTH-S"))
                .andExpect(status().isForbidden());
    }

    /** Units a large tree's chooser does not list are added by code, beside the ticked ones, each once. */
    @Test
    void addsUnitsTypedByCodeOnTheMembersFormAndNamesAnUnknownOne() throws Exception {
        onPage(GovernmentFixtures.ADMIN, post("/unit-groups").with(csrf()).param("code", "TYPED")
                .param("name", "Typed members").param("unitCodes", "HEALTH-N").param("moreUnitCodes", "SCHOOLS-N, HEALTH-N"))
                .andExpect(redirectedUrl("/unit-groups/TYPED"));
        asAdmin(get(API + "/TYPED")).andExpect(jsonPath("$.members[*].code", containsInAnyOrder("HEALTH-N", "SCHOOLS-N")));
        onPage(GovernmentFixtures.ADMIN, post("/unit-groups/TYPED/members").with(csrf())
                .param("unitCodes", "HEALTH-N", "SCHOOLS-N").param("moreUnitCodes", "HEALTH-S;SCHOOLS"))
                .andExpect(redirectedUrl("/unit-groups/TYPED"));
        asAdmin(get(API + "/TYPED")).andExpect(jsonPath("$.members[*].code",
                containsInAnyOrder("HEALTH-N", "SCHOOLS-N", "HEALTH-S", "SCHOOLS")));
        String refused = onPage(GovernmentFixtures.ADMIN, post("/unit-groups/TYPED/members").with(csrf())
                .param("unitCodes", "HEALTH-N").param("moreUnitCodes", "NO-SUCH-UNIT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("NO-SUCH-UNIT").contains("id=\"m-more-units\"");
        asAdmin(get(API + "/TYPED")).andExpect(jsonPath("$.members", hasSize(4)));
    }

    @Test
    void pivotShowsTheUnitsOfAGroup() throws Exception {
        String page = onPage("health-viewer", get("/analytics/pivot").param("unit", "HEALTH").param("units", "group")
                .param("group", "NORTH").param("indicators", "DELIVERIES").param("from", QUARTER).param("to", QUARTER)
                .param("rows", "unit").param("columns", "period").param("measure", "value"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<table id=\"pivot-table\"").contains("<th scope=\"row\">Health North</th>")
                .doesNotContain("<th scope=\"row\">Health South</th>")
                .doesNotContain("<th scope=\"row\">Department of Health</th>")
                .containsPattern("<option value=\"NORTH\" selected=\"selected\">Northern offices \\(NORTH\\)</option>")
                .contains("<label for=\"pivot-group\">")
                .contains("/analytics/pivot.csv?unit=HEALTH&amp;units=group&amp;group=NORTH");
        String refused = onPage("health-viewer", get("/analytics/pivot").param("unit", "HEALTH").param("units", "group")
                .param("from", QUARTER).param("to", QUARTER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("class=\"error-summary\"").contains("id=\"group-error\"")
                .doesNotContain("id=\"pivot-table\"");
        String csv = onPage("health-viewer", get("/analytics/pivot.csv").param("unit", "HEALTH").param("units", "group")
                .param("group", "NORTH").param("indicators", "DELIVERIES").param("from", QUARTER).param("to", QUARTER)
                .param("rows", "unit").param("columns", "period").param("measure", "value"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly("Unit,Q3 2025", "Health North,80");
    }

    // ---- helpers

    private ResultActions onPage(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(username))));
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(GovernmentFixtures.ADMIN, GovernmentFixtures.ADMIN_PASSWORD)));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, GovernmentFixtures.PASSWORD)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
