package org.resulta.results.domain;

import org.resulta.identity.ScopedResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** Registers the resource types {@code Plan} and {@code ResultNode}: both belong to the plan's owner unit. */
@Configuration(proxyBeanMethods = false)
class PlanScopes {

    @Bean
    ScopedResource planScope(PlanRepository plans) {
        return new ScopedResource() {
            @Override
            public String type() {
                return "Plan";
            }

            @Override
            public Optional<Long> owningUnitId(Object key) {
                return plans.find(String.valueOf(key)).map(PlanRecord::ownerUnitId);
            }
        };
    }

    @Bean
    ScopedResource resultNodeScope(PlanRepository plans) {
        return new ScopedResource() {
            @Override
            public String type() {
                return "ResultNode";
            }

            @Override
            public Optional<Long> owningUnitId(Object key) {
                return plans.reference(String.valueOf(key)).map(r -> r.planOwnerUnitId());
            }
        };
    }
}
