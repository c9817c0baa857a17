package org.resulta.measurement.web;

import java.util.ArrayList;
import java.util.List;

/** What the data-entry page posts: one row per indicator, numbers still as typed. */
public class EntryForm {

    private String unit;
    private String period;
    private List<Row> rows = new ArrayList<>();

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {
        private String indicatorCode;
        private String optionCombo;
        private String value;
        private String numerator;
        private String denominator;
        private String text;
        private String comment;

        public String getIndicatorCode() {
            return indicatorCode;
        }

        public void setIndicatorCode(String indicatorCode) {
            this.indicatorCode = indicatorCode;
        }

        public String getOptionCombo() {
            return optionCombo;
        }

        public void setOptionCombo(String optionCombo) {
            this.optionCombo = optionCombo;
        }

        /** The key of this row's messages: the indicator, with {@code @combination} when it is one. */
        public String getKey() {
            return optionCombo == null || optionCombo.isBlank() ? indicatorCode : indicatorCode + "@" + optionCombo;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getNumerator() {
            return numerator;
        }

        public void setNumerator(String numerator) {
            this.numerator = numerator;
        }

        public String getDenominator() {
            return denominator;
        }

        public void setDenominator(String denominator) {
            this.denominator = denominator;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}
