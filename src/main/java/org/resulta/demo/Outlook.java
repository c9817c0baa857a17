package org.resulta.demo;

/**
 * Where an indicator stands nationally by the latest quarter. With the standings of the regions averaging a
 * little under their targets, an indicator on track lands green, at risk amber and off track red under the
 * default traffic-light policy (green from 90 %, amber from 75 %).
 */
enum Outlook {
    ON_TRACK(1.02),
    AT_RISK(0.87),
    OFF_TRACK(0.72);

    private final double factor;

    Outlook(double factor) {
        this.factor = factor;
    }

    double factor() {
        return factor;
    }
}
