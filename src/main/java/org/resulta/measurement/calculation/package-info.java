/**
 * The calculation rules of DOMAIN.md section 13 in plain Java, free of Spring so that the analytics engine
 * can run them anywhere: achievement, traffic-light status, aggregation over units and over time.
 */
@org.springframework.modulith.NamedInterface("calculation")
package org.resulta.measurement.calculation;
