package org.hengqiao.posting;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.PostingJournal.AuditEntry;
import org.hengqiao.posting.PostingJournal.AuditQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/operator")
@Tag(name = "Moderation", description = "The operators' review queue and the audit log of postings")
class OperatorController {

	private final PostingListing listing;

	private final PostingAuditLog auditLog;

	OperatorController(PostingListing listing, PostingAuditLog auditLog) {
		this.listing = listing;
		this.auditLog = auditLog;
	}

	@GetMapping("/moderation")
	@Operation(summary = "Postings waiting for review, oldest first (operators)")
	PostingPage<PostingSummary> moderation(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.listing.moderationQueue(page, size);
	}

	@GetMapping("/audit")
	@Operation(summary = "Search the audit log of postings, newest first (operators)",
			description = "Every filter is optional and they combine. Dates are days in Hengyang (Asia/Shanghai), both "
					+ "ends inclusive; actorName matches part of the name, case-insensitive.")
	PostingPage<AuditEntry> audit(@RequestParam(required = false) @Nullable Long posting,
			@Parameter(description = "NEED or RESULT") @RequestParam(required = false) @Nullable PostingKind kind,
			@RequestParam(required = false) @Nullable Long actor,
			@RequestParam(required = false) @Size(max = 100) @Nullable String actorName,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.auditLog.search(new AuditQuery(posting, kind, actor, actorName, action, from, to), page, size);
	}

}
