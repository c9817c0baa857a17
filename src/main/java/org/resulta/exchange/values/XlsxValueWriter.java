package org.resulta.exchange.values;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.resulta.measurement.ExportedActual;
import org.resulta.measurement.Measure;
import org.resulta.web.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * The tidy layout as an XLSX workbook, written with POI's streaming workbook (a window of rows in memory, the rest
 * in a temporary file). Codes and periods are text cells (so a spreadsheet does not turn {@code 2026-03} into a
 * date); numbers that a double holds exactly are number cells, others text; texts are neutralised against formulas.
 */
final class XlsxValueWriter implements ValueWriter {

    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle textStyle;
    private int row;

    XlsxValueWriter(OutputStream out) {
        this.out = out;
        this.sheet = workbook.createSheet("values");
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = sheet.createRow(row++);
        for (int i = 0; i < CsvValueWriter.TIDY_HEADER.length; i++) {
            header.createCell(i).setCellValue(CsvValueWriter.TIDY_HEADER[i]);
        }
        for (int i = 0; i < 4; i++) {
            sheet.setDefaultColumnStyle(i, textStyle);
        }
    }

    @Override
    public void accept(ExportedActual a) {
        Row r = sheet.createRow(row++);
        text(r, 0, a.indicator());
        text(r, 1, a.unit());
        text(r, 2, a.period());
        text(r, 3, ValueWriter.combo(a));
        if (a.text() != null) {
            text(r, 4, a.text());
        } else {
            number(r, 4, a.value());
        }
        text(r, 5, a.comment());
        if (a.measure() == Measure.RATIO) {
            number(r, 6, a.numerator());
            number(r, 7, a.denominator());
        }
    }

    private void text(Row r, int column, String value) {
        if (value != null) {
            Cell cell = r.createCell(column);
            cell.setCellStyle(textStyle);
            cell.setCellValue(SpreadsheetCells.safe(value));
        }
    }

    private void number(Row r, int column, BigDecimal value) {
        if (value == null) {
            return;
        }
        double d = value.doubleValue();
        if (new BigDecimal(Double.toString(d)).compareTo(value) == 0) {
            r.createCell(column).setCellValue(d);
        } else {
            text(r, column, ValueWriter.plain(value));
        }
    }

    @Override
    public void finish() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw ValueWriter.unchecked(e);
        }
    }
}
