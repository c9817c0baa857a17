package org.resulta.api;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Requests to the API as the users of {@link GovernmentFixtures}' small government, signed in with HTTP Basic. */
final class ApiRequests {

    private final MockMvc mvc;

    ApiRequests(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions asAdmin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return as(GovernmentFixtures.ADMIN, request);
    }

    ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String password = GovernmentFixtures.ADMIN.equals(user) ? GovernmentFixtures.ADMIN_PASSWORD : GovernmentFixtures.PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A quarterly indicator of result H-OUT named by its code, with more JSON fields when {@code extra} is given. */
    void quarterlyIndicator(String code, String measure, String extra) throws Exception {
        asAdmin(json(post("/api/v1/indicators"), "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"resultCode\":\"H-OUT\","
                + "\"measure\":\"" + measure + "\",\"dimension\":\"QUANTITY\",\"direction\":\"INCREASE\","
                + "\"frequency\":\"QUARTERLY\"" + (extra == null ? "" : "," + extra) + "}")).andExpect(status().isCreated());
    }
}
