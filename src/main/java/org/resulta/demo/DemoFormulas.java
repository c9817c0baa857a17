package org.resulta.demo;

import org.resulta.measurement.Dimension;
import org.resulta.measurement.FormulaRequest;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.TargetLine;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's formula indicators (DOMAIN.md 13.5): computed from indicators the offices report, never typed, each
 * with quarterly targets for every regional office of its department (the department's target combines them,
 * weighted by the denominators).
 * <ul>
 * <li>DOH-18, girls among fully immunized children: an equity ratio over the disaggregation by sex of DOH-04;</li>
 * <li>DPWH-13, capital outlay disbursed per kilometre of road rehabilitated: an efficiency ratio (DOMAIN.md 11.2)
 * over DPWH-12 and DPWH-01, which different offices report;</li>
 * <li>DSWD-13, cash grants paid per household in the program: DSWD-09 over DSWD-01 (DHIS2 form {@code #{..}}).</li>
 * </ul>
 */
final class DemoFormulas {

    private DemoFormulas() {
    }

    /** A formula indicator: its definition, its formula, and the target of each regional office for each quarter. */
    record Definition(String department, IndicatorRequest indicator, FormulaRequest formula, TargetType targetType,
                      double target, Double upper) {

        List<TargetLine> quarterlyTargets(int firstYear, int lastYear) {
            List<TargetLine> lines = new ArrayList<>();
            for (int year = firstYear; year <= lastYear; year++) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    lines.add(new TargetLine(indicator.code(), Period.quarter(year, quarter).code(), targetType,
                            BigDecimal.valueOf(target), upper == null ? null : BigDecimal.valueOf(upper), null));
                }
            }
            return lines;
        }
    }

    static List<Definition> all() {
        return List.of(
                new Definition("DOH", ratio("DOH-18", "DOH-MFO1", "Girls among fully immunized children",
                        "Share of girls among the children aged 12 to 23 months who completed the basic immunisation "
                                + "schedule; far from half means one sex is being missed.",
                        "Computed: fully immunized girls / all fully immunized children x 100 (DOH-04 by sex), summed "
                                + "over the units and months before dividing.",
                        "%", Dimension.QUALITY, Direction.MAINTAIN, 100, "Fully immunized girls",
                        "Fully immunized children"),
                        new FormulaRequest("#{DOH-04.F}", "#{DOH-04}", null), TargetType.RANGE, 48, 52.0),
                new Definition("DPWH", ratio("DPWH-13", "DPWH-PG1", "Capital outlay disbursed per kilometre of road rehabilitated",
                        "Capital outlay disbursed in the quarter for each kilometre of national road rehabilitated or "
                                + "widened: the cost of an output (efficiency).",
                        "Computed: capital outlay disbursed (DPWH-12) / kilometres rehabilitated or widened (DPWH-01), "
                                + "each summed over the units and months first.",
                        "PHP per km", Dimension.COST, Direction.DECREASE, 1, "Capital outlay disbursed (PHP)",
                        "Kilometres of national road rehabilitated or widened"),
                        new FormulaRequest("{DPWH-12}", "{DPWH-01}", null), TargetType.AT_MOST, 47_000_000, null),
                new Definition("DSWD", ratio("DSWD-13", "DSWD-PO1", "Cash grants paid per household",
                        "Conditional cash grants paid in the quarter per household in the program.",
                        "Computed: cash grants paid (DSWD-09) / households receiving grants (DSWD-01, the latest month's count).",
                        "PHP per household", Dimension.COST, Direction.INCREASE, 1, "Cash grants paid (PHP)",
                        "Households receiving conditional cash grants"),
                        new FormulaRequest("#{DSWD-09}", "#{DSWD-01}", null), TargetType.AT_LEAST, 8_700, null));
    }

    private static IndicatorRequest ratio(String code, String result, String name, String definition, String method,
                                          String unit, Dimension dimension, Direction direction, int multiplier,
                                          String numeratorLabel, String denominatorLabel) {
        return new IndicatorRequest(code, result, name, definition, method, "Computed by Resulta from reported indicators",
                unit, Measure.RATIO, dimension, direction, null, null, PeriodType.QUARTERLY, 1,
                BigDecimal.valueOf(multiplier), numeratorLabel, denominatorLabel, null, null, null, null, null, null,
                AchievementMethod.RATIO);
    }
}
