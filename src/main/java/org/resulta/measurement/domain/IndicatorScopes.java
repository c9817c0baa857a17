package org.resulta.measurement.domain;

import org.resulta.identity.ScopedResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/**
 * Registers the resource types {@code Indicator} (it belongs to the owner unit of its plan) and {@code Approver}
 * (a key {@code dataSet|unit} belongs to the unit that approves that unit's reports of the data set).
 */
@Configuration(proxyBeanMethods = false)
class IndicatorScopes {

    @Bean
    ScopedResource approverScope(ReportingService reporting, org.resulta.organisation.OrgUnitLookup units) {
        return new ScopedResource() {
            @Override
            public String type() {
                return "Approver";
            }

            @Override
            public Optional<Long> owningUnitId(Object key) {
                String[] parts = String.valueOf(key).split("\\|", 2);
                if (parts.length < 2) {
                    return Optional.empty();
                }
                try {
                    var dataSet = reporting.require(parts[0]);
                    return units.find(parts[1]).flatMap(unit -> reporting.approverOf(dataSet, unit)).map(u -> u.id());
                } catch (org.resulta.shared.NotFoundException unknown) {
                    return Optional.empty();
                }
            }
        };
    }

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
