package org.hengqiao.result;

import java.util.List;
import java.util.Map;

/**
 * An uploaded file read into rows, before any validation of their content.
 *
 * @param headers the header text of each recognised column as the file wrote it, for error messages
 */
record ImportSheet(Format format, Map<ImportColumn, String> headers, List<Line> lines) {

	enum Format {

		CSV, XLSX

	}

	/** One data row: its number as a spreadsheet program shows it (the header is row 1) and its cells by column. */
	record Line(int rowNumber, Map<ImportColumn, String> cells) {

		String cell(ImportColumn column) {
			String value = this.cells.get(column);
			return value == null ? "" : value.strip();
		}

	}

}
