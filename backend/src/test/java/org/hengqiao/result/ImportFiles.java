package org.hengqiao.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests: rows start from the template's example and change what a test is about. */
final class ImportFiles {

	private final List<ImportColumn> columns = new ArrayList<>(Arrays.asList(ImportColumn.values()));

	private final List<Map<ImportColumn, String>> rows = new ArrayList<>();

	private boolean byteOrderMark;

	static ImportFiles aFile() {
		return new ImportFiles();
	}

	static Map<ImportColumn, String> aRow(String externalId) {
		Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
		for (ImportColumn column : ImportColumn.values()) {
			row.put(column, column.example());
		}
		row.put(ImportColumn.EXTERNAL_ID, externalId);
		row.put(ImportColumn.TITLE, "成果 " + externalId);
		return row;
	}

	ImportFiles row(Map<ImportColumn, String> row) {
		this.rows.add(row);
		return this;
	}

	ImportFiles rows(String prefix, int count) {
		for (int i = 1; i <= count; i++) {
			row(aRow(prefix + "-" + i));
		}
		return this;
	}

	ImportFiles withoutColumn(ImportColumn column) {
		this.columns.remove(column);
		return this;
	}

	ImportFiles withByteOrderMark() {
		this.byteOrderMark = true;
		return this;
	}

	byte[] csv() {
		StringWriter out = new StringWriter();
		if (this.byteOrderMark) {
			out.write('\uFEFF');
		}
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(this.columns.stream().map(ImportColumn::chinese).toList());
			for (Map<ImportColumn, String> row : this.rows) {
				printer.printRecord(this.columns.stream().map(row::get).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A workbook with the Chinese and the English header rows, as the template has them. */
	byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			write(sheet.createRow(0), this.columns.stream().map(ImportColumn::chinese).toList());
			write(sheet.createRow(1), this.columns.stream().map(ImportColumn::english).toList());
			int r = 2;
			for (Map<ImportColumn, String> row : this.rows) {
				write(sheet.createRow(r++), this.columns.stream().map(row::get).toList());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			// Numbers as numeric cells, like a person typing into Excel would make them.
			if (value != null && value.matches("\\d{1,9}")) {
				row.createCell(i).setCellValue(Double.parseDouble(value));
			}
			else {
				row.createCell(i).setCellValue(value);
			}
		}
	}

}
