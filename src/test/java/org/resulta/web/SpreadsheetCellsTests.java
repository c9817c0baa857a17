package org.resulta.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "=1"})
    void quotesCellsASpreadsheetWouldRunAsFormulas(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @CsvSource({"-5", "-12.5", "+3", "1e-3", "DOH-R1", "a=b", "plain text"})
    void leavesNumbersAndOrdinaryTextAlone(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo(cell);
    }
}
