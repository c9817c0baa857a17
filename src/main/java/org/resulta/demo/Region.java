package org.resulta.demo;

/**
 * The three administrative regions of the demo government. {@code scale} sizes a region's workload and
 * population against the middle one, so that counts and denominators differ from region to region.
 */
enum Region {
    R1("I", "Northern Highlands", 1.25),
    R2("II", "Central Plains", 1.0),
    R3("III", "Southern Islands", 0.75);

    private final String numeral;
    private final String area;
    private final double scale;

    Region(String numeral, String area, double scale) {
        this.numeral = numeral;
        this.area = area;
        this.scale = scale;
    }

    /** "I", "II" or "III". */
    String numeral() {
        return numeral;
    }

    /** "Region I (Northern Highlands)". */
    String label() {
        return "Region " + numeral + " (" + area + ")";
    }

    double scale() {
        return scale;
    }
}
