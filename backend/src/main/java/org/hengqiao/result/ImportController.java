package org.hengqiao.result;

import java.io.IOException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hengqiao.result.ResultImports.CommitMode;
import org.hengqiao.result.ResultImports.ImportProgress;
import org.hengqiao.result.ResultImports.ImportValidation;
import org.hengqiao.system.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/results/import")
@Tag(name = "Result import", description = "Bulk import of research results from CSV or Excel by technology-transfer offices")
class ImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ResultImports imports;

	ImportController(ResultImports imports) {
		this.imports = imports;
	}

	@GetMapping("/template")
	@Operation(summary = "The import template",
			description = "Row 1: Chinese column names; row 2: the same in English (skipped on import); row 3: an "
					+ "example. The workbook has a second sheet describing each column. CSV files are UTF-8.")
	ResponseEntity<byte[]> template(
			@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") @Pattern(regexp = "csv|xlsx") String format) {
		boolean csv = "csv".equals(format);
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("hengqiao-results-template." + format)
						.build()
						.toString())
			.body(csv ? ImportTemplate.csv() : ImportTemplate.xlsx());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX file and validate every row (writes no results)",
			description = "Returns the import id, the number of rows and valid rows, and the problems of each invalid "
					+ "row by row number (the header is row 1) and column.")
	ImportValidation upload(@RequestPart("file") MultipartFile file) {
		try {
			return this.imports.validate(file.getInputStream(), file.getSize(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw InvalidInput.of("file", "import.file.unreadable");
		}
	}

	@PostMapping("/{importId}/commit")
	@Operation(summary = "Import the valid rows (VALID_ROWS) or discard the upload (NOTHING)",
			description = "Results are upserted by external id within the organisation. They start as drafts, or are "
					+ "submitted for review with submit=true (verified organisations only). Commits of many rows "
					+ "continue in the background: 202 Accepted, then poll the progress.")
	ResponseEntity<ImportProgress> commit(@PathVariable UUID importId, @RequestBody @Valid Commit body) {
		ImportProgress progress = this.imports.commit(importId, body.mode(), Boolean.TRUE.equals(body.submit()));
		return ResponseEntity.status("RUNNING".equals(progress.status()) ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(progress);
	}

	@GetMapping("/{importId}")
	@Operation(summary = "Progress of an import")
	ImportProgress progress(@PathVariable UUID importId) {
		return this.imports.progress(importId);
	}

	record Commit(@NotNull CommitMode mode, @org.jspecify.annotations.Nullable Boolean submit) {
	}

}
