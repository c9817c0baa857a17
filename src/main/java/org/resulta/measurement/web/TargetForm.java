package org.resulta.measurement.web;

import java.util.ArrayList;
import java.util.List;

/** What the targets page posts: one row per period, numbers still as typed. */
public class TargetForm {

    private String unit;
    private int year;
    private List<Row> rows = new ArrayList<>();

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {
        private String period;
        private String type;
        private String value;
        private String upperValue;
        private String narrative;

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getUpperValue() {
            return upperValue;
        }

        public void setUpperValue(String upperValue) {
            this.upperValue = upperValue;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        boolean isBlank() {
            return blank(value) && blank(upperValue) && blank(narrative);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
