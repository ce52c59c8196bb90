package org.hengqiao.result;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.hengqiao.result.ImportSheet.Format;
import org.hengqiao.result.ImportSheet.Line;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded CSV (UTF-8, with or without a byte order mark) or XLSX file into rows. The format is decided by
 * the content, never by the file's name: an XLSX file is a ZIP archive, a CSV file is valid UTF-8 text without NUL
 * characters; anything else is refused. So are files without the required columns, with columns the template does
 * not know, with more than {@value #MAX_ROWS} rows or more than 64 MB (10,000 rows with abstracts of
 * about 2,000 Chinese characters: 3 bytes each in UTF-8).
 */
final class ImportFileReader {

	static final int MAX_ROWS = 10_000;

	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private ImportFileReader() {
	}

	static ImportSheet read(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw InvalidInput.of("file", "import.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		if (content.length == 0) {
			throw InvalidInput.of("file", "import.file.empty");
		}
		if (startsWith(content, ZIP)) {
			return sheet(Format.XLSX, xlsxRows(content));
		}
		if (startsWith(content, OLE2)) {
			throw InvalidInput.of("file", "import.file.legacyExcel");
		}
		return sheet(Format.CSV, csvRows(text(content)));
	}

	private static String text(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidInput.of("file", "import.file.unreadable");
		}
		if (text.indexOf('\0') >= 0) {
			throw InvalidInput.of("file", "import.file.unreadable");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Rows as lists of cells with their row numbers; the first is the header. */
	private static List<NumberedRow> csvRows(String text) {
		List<NumberedRow> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				record.forEach(cells::add);
				rows.add(new NumberedRow((int) record.getRecordNumber(), cells));
				if (rows.size() > MAX_ROWS + 2) {
					throw InvalidInput.of("file", "import.file.tooManyRows", String.valueOf(MAX_ROWS));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw InvalidInput.of("file", "import.file.unreadable");
		}
		return rows;
	}

	/**
	 * The first sheet's rows, read with POI's event API: the sheet's XML is streamed through a SAX parser row by row
	 * (shared strings read-only), so no cell objects are built for the whole workbook. The workbook model
	 * ({@code XSSFWorkbook}) would take several hundred megabytes for a full catalogue.
	 */
	private static List<NumberedRow> xlsxRows(byte[] content) {
		SheetRows rows = new SheetRows();
		try (InputStream in = new ByteArrayInputStream(content); OPCPackage workbook = OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(workbook);
			reader.setUseReadOnlySharedStringsTable(true);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw InvalidInput.of("file", "import.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						reader.getSharedStringsTable(), rows, new DataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Exception ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidInput invalid) {
					throw invalid;
				}
			}
			// POI reports a corrupt or non-spreadsheet archive with many exception types, checked and unchecked.
			throw InvalidInput.of("file", "import.file.unreadable");
		}
		return rows.rows;
	}

	/** Collects the rows the SAX handler reports, cells in column order with gaps filled. */
	private static final class SheetRows implements SheetContentsHandler {

		private final List<NumberedRow> rows = new ArrayList<>();

		private List<String> cells = new ArrayList<>();

		@Override
		public void startRow(int rowNum) {
			if (this.rows.size() > MAX_ROWS + 2) {
				throw InvalidInput.of("file", "import.file.tooManyRows", String.valueOf(MAX_ROWS));
			}
			this.cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.add(new NumberedRow(rowNum + 1, this.cells));
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
			int column = reference != null ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add(formattedValue != null ? formattedValue : "");
		}

	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	record NumberedRow(int number, List<String> cells) {

		boolean isBlank() {
			return this.cells.stream().allMatch(cell -> cell == null || cell.isBlank());
		}

	}

	/**
	 * Maps the header row to columns, skips the template's English header line if present, and keeps the non-blank
	 * data rows.
	 */
	static ImportSheet sheet(Format format, List<NumberedRow> rows) {
		List<NumberedRow> content = rows.stream().dropWhile(NumberedRow::isBlank).toList();
		if (content.isEmpty()) {
			throw InvalidInput.of("file", "import.file.empty");
		}
		List<String> header = content.get(0).cells();
		List<ImportColumn> columns = new ArrayList<>();
		Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
		Set<String> unknown = new LinkedHashSet<>();
		for (String cell : header) {
			String text = cell == null ? "" : cell.strip();
			ImportColumn column = text.isEmpty() ? null : ImportColumn.byHeader(text).orElse(null);
			if (column == null && !text.isEmpty()) {
				unknown.add(text);
			}
			if (column != null && headers.containsKey(column)) {
				throw InvalidInput.of("file", "import.file.duplicateColumn", text);
			}
			columns.add(column);
			if (column != null) {
				headers.put(column, text);
			}
		}
		List<String> missing = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !headers.containsKey(column)) {
				missing.add(column.chinese());
			}
		}
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			List<InvalidInput.FieldError> errors = new ArrayList<>();
			if (!missing.isEmpty()) {
				errors.add(new InvalidInput.FieldError("file", "import.file.missingColumns", String.join("、", missing)));
			}
			if (!unknown.isEmpty()) {
				errors.add(new InvalidInput.FieldError("file", "import.file.unknownColumns", String.join("、", unknown)));
			}
			throw new InvalidInput(errors);
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < content.size(); i++) {
			NumberedRow row = content.get(i);
			if (row.isBlank() || (i == 1 && isHeaderLine(row, columns))) {
				continue;
			}
			Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
			for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
				ImportColumn column = columns.get(c);
				if (column != null) {
					cells.put(column, row.cells().get(c) == null ? "" : row.cells().get(c));
				}
			}
			lines.add(new Line(row.number(), cells));
		}
		if (lines.size() > MAX_ROWS) {
			throw InvalidInput.of("file", "import.file.tooManyRows", String.valueOf(MAX_ROWS));
		}
		return new ImportSheet(format, headers, lines);
	}

	/** The template's second line repeats the headers in English. */
	private static boolean isHeaderLine(NumberedRow row, List<ImportColumn> columns) {
		int matches = 0;
		for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
			String cell = row.cells().get(c);
			if (columns.get(c) != null && cell != null && ImportColumn.byHeader(cell).orElse(null) == columns.get(c)) {
				matches++;
			}
		}
		return matches > 0 && matches >= columns.stream().filter(java.util.Objects::nonNull).count() / 2;
	}

}
