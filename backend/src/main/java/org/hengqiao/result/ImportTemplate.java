package org.hengqiao.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: the Chinese header row, the same headers in English on the second row, and one example row.
 * The workbook adds a sheet explaining each column. Both are read back by {@link ImportFileReader}, example row and
 * all, so a template filled in place imports as it is.
 */
final class ImportTemplate {

	private ImportTemplate() {
	}

	/** CSV in UTF-8 with a byte order mark, so Excel opens the Chinese text correctly. */
	static byte[] csv() {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(column(ImportColumn::chinese));
			printer.printRecord(column(ImportColumn::english));
			printer.printRecord(column(ImportColumn::example));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			bold.setFont(boldFont);
			CellStyle grey = workbook.createCellStyle();
			Font greyFont = workbook.createFont();
			greyFont.setItalic(true);
			greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			grey.setFont(greyFont);

			Sheet results = workbook.createSheet("成果 Results");
			write(results.createRow(0), column(ImportColumn::chinese), bold);
			write(results.createRow(1), column(ImportColumn::english), grey);
			write(results.createRow(2), column(ImportColumn::example), text);
			for (int i = 0; i < ImportColumn.values().length; i++) {
				// Text cells, so phone numbers and codes like 430406 are not turned into numbers.
				results.setDefaultColumnStyle(i, text);
				results.setColumnWidth(i, 18 * 256);
			}
			results.createFreezePane(0, 2);

			Sheet notes = workbook.createSheet("说明 Notes");
			write(notes.createRow(0), List.of("列名", "Column", "必填 Required", "说明 Notes"), bold);
			int r = 1;
			for (ImportColumn column : ImportColumn.values()) {
				write(notes.createRow(r++), List.of(column.chinese(), column.english(), column.required() ? "是 yes" : "否 no",
						column.note()), text);
			}
			notes.setColumnWidth(0, 20 * 256);
			notes.setColumnWidth(1, 24 * 256);
			notes.setColumnWidth(3, 100 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> values, CellStyle style) {
		for (int i = 0; i < values.size(); i++) {
			var cell = row.createCell(i);
			cell.setCellValue(values.get(i));
			cell.setCellStyle(style);
		}
	}

	private static List<String> column(java.util.function.Function<ImportColumn, String> value) {
		return Arrays.stream(ImportColumn.values()).map(value).toList();
	}

}
