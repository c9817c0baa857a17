package org.resulta.measurement.domain;

import org.resulta.identity.ScopedResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** Registers the resource type {@code Indicator}: an indicator belongs to the owner unit of its plan. */
@Configuration(proxyBeanMethods = false)
class IndicatorScopes {

    @Bean
    ScopedResource indicatorScope(IndicatorRepository indicators) {
        return new ScopedResource() {
            @Override
            public String type() {
                return "Indicator";
            }

            @Override
            public Optional<Long> owningUnitId(Object key) {
                return indicators.ownerUnitId(String.valueOf(key));
            }
        };
    }
}
