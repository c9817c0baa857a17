package org.resulta.measurement;

/** What kind of number an indicator's value is (DOMAIN.md 13.1, IATI IndicatorMeasure). */
public enum Measure {
    NUMBER("Number"),
    PERCENTAGE("Percentage"),
    RATIO("Ratio (numerator / denominator x multiplier)"),
    CURRENCY("Currency amount"),
    YES_NO("Yes / no"),
    TEXT("Qualitative (text)");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isNumeric() {
        return this != TEXT;
    }
}
