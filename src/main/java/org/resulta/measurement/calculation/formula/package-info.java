/**
 * Formula indicators (DOMAIN.md 13.5, issue 4 part 2) in plain Java, free of Spring: a parser and evaluator for
 * expressions over other indicators, their disaggregation combinations and DHIS2 operands
 * ({@code #{dataElement.categoryOptionCombo}}), numerator / denominator x factor indicators, and a catalog that
 * refuses unknown references and cycles when a formula is defined.
 */
@org.springframework.modulith.NamedInterface("formula")
package org.resulta.measurement.calculation.formula;
