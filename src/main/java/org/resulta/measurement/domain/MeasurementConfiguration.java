package org.resulta.measurement.domain;

import org.resulta.shared.PeriodCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Month;

@Configuration(proxyBeanMethods = false)
class MeasurementConfiguration {

    /** The deployment's calendar: {@code resulta.calendar.financial-year-start-month} (1 = January). */
    @Bean
    PeriodCalendar periodCalendar(@Value("${resulta.calendar.financial-year-start-month:1}") int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalStateException("resulta.calendar.financial-year-start-month must be 1 to 12, not " + startMonth);
        }
        return new PeriodCalendar(Month.of(startMonth));
    }
}
