package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Categories and disaggregations: metadata shared by the whole government. Reading needs PLAN_READ; defining
 * needs PLAN_MANAGE.
 */
public interface Disaggregations {

    @PreAuthorize("hasAuthority('PLAN_READ')")
    List<CategoryView> categories();

    @PreAuthorize("hasAuthority('PLAN_READ')")
    List<DisaggregationView> disaggregations();

    @PreAuthorize("hasAuthority('PLAN_READ')")
    DisaggregationView disaggregation(String code);

    @PreAuthorize("hasAuthority('PLAN_MANAGE')")
    CategoryView defineCategory(CategoryRequest request);

    /** Defines a disaggregation and generates one option combination per combination of options. */
    @PreAuthorize("hasAuthority('PLAN_MANAGE')")
    DisaggregationView defineDisaggregation(DisaggregationRequest request);
}
