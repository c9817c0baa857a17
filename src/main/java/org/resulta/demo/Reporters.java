package org.resulta.demo;

/** Which offices of a department enter an indicator's actuals: the leaves of its tree that own the data. */
enum Reporters {
    /** The three regional offices (region-wide statistics, finance, narratives). */
    REGIONAL_OFFICES,
    /** The first division of each regional office. */
    FIRST_DIVISIONS,
    /** The second division of each regional office. */
    SECOND_DIVISIONS,
    /** Both divisions of every regional office, each with its share of the region's work. */
    ALL_DIVISIONS
}
