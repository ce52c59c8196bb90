package org.hengqiao.result;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.OrganisationNotVerified;
import org.hengqiao.result.ImportJobs.Outcome;
import org.hengqiao.result.ResultUpsert.Applied;
import org.hengqiao.result.ResultUpsert.Target;
import org.hengqiao.system.InvalidInput.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads research literature in the JSONL format of the CSL data set ({@code id, title, abstract, keywords,
 * discipline, category} per line) as results of one organisation: for demo data and search benchmarks, called by the
 * system, not over HTTP. Records are upserted by {@code id} (the external id), so loading a file twice updates
 * instead of duplicating. The original discipline and category are kept on each result.
 */
@Service
public class ResultImport {

	private static final Logger log = LoggerFactory.getLogger(ResultImport.class);

	private static final int CHUNK = 200;

	private static final int KEYWORD_LENGTH = 20;

	private static final int KEYWORDS = 10;

	private final ResultUpsert upsert;

	private final ResultRules rules;

	private final Validator validator;

	private final OrganisationDirectory organisations;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	ResultImport(ResultUpsert upsert, ResultRules rules, Validator validator, OrganisationDirectory organisations,
			TransactionTemplate transactions, JsonMapper json) {
		this.upsert = upsert;
		this.rules = rules;
		this.validator = validator;
		this.organisations = organisations;
		this.transactions = transactions;
		this.json = json;
	}

	/**
	 * @param file a JSONL file, one record per line (blank lines are skipped)
	 * @param organisationId the university or institute the results belong to
	 * @throws OrganisationNotVerified if {@code options.publish()} and the organisation is not verified
	 * @throws IllegalArgumentException if the organisation does not exist
	 */
	public ImportReport importJsonl(Path file, long organisationId, ImportOptions options) {
		OrganisationSummary organisation = this.organisations.find(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
		if (options.publish() && !organisation.verified()) {
			throw new OrganisationNotVerified();
		}
		String region = options.regionCode() != null ? options.regionCode() : organisation.regionCode();
		Target target = options.publish() ? Target.PUBLISHED : Target.DRAFT;
		List<ImportReport.Failure> failures = new ArrayList<>();
		Map<String, Long> ids = new LinkedHashMap<>();
		int[] counts = new int[Outcome.values().length];
		List<Record> chunk = new ArrayList<>();
		long started = System.nanoTime();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				Record record = record(number, line, region, options, failures);
				if (record != null) {
					chunk.add(record);
				}
				if (chunk.size() == CHUNK) {
					load(organisationId, chunk, options, target, counts, ids, failures);
					chunk.clear();
				}
			}
			load(organisationId, chunk, options, target, counts, ids, failures);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportReport report = new ImportReport(counts[Outcome.CREATED.ordinal()], counts[Outcome.UPDATED.ordinal()],
				counts[Outcome.UNCHANGED.ordinal()], List.copyOf(failures), Map.copyOf(ids));
		log.info("Loaded {} into organisation {} in {} ms: {} created, {} updated, {} unchanged, {} failed", file,
				organisationId, (System.nanoTime() - started) / 1_000_000, report.created(), report.updated(),
				report.unchanged(), failures.size());
		return report;
	}

	/** Maps one line to a valid draft, or records why it cannot be loaded. */
	private Record record(int number, String line, String region, ImportOptions options,
			List<ImportReport.Failure> failures) {
		JsonNode node;
		try {
			node = this.json.readTree(line);
		}
		catch (RuntimeException ex) {
			failures.add(new ImportReport.Failure(number, "", "not a JSON object"));
			return null;
		}
		String id = text(node, "id");
		String discipline = text(node, "discipline");
		String category = text(node, "category");
		String field = DisciplineMapping.field(discipline, category).orElse(null);
		if (field == null) {
			failures.add(new ImportReport.Failure(number, id, "unknown discipline " + discipline));
			return null;
		}
		List<String> keywords = new ArrayList<>();
		node.path("keywords").forEach(keyword -> {
			String text = keyword.asString("").strip();
			// The literature's keywords are often longer than a posting's; the shorter ones still help people.
			if (!text.isEmpty() && text.length() <= KEYWORD_LENGTH && keywords.size() < KEYWORDS) {
				keywords.add(text);
			}
		});
		ResultDraft draft = new ResultDraft(null, text(node, "title"), text(node, "abstract"), field,
				EnumSet.of(DisciplineMapping.cluster(field)), keywords, options.cooperationModes(), options.price(),
				options.maturity(), List.of(), List.of(), List.of(), region, options.contact(),
				options.contactVisibility(), id);
		Set<ConstraintViolation<ResultDraft>> violations = this.validator.validate(draft);
		List<FieldError> errors = violations.isEmpty() ? this.rules.check(draft) : List.of();
		if (id.isEmpty() || !violations.isEmpty() || !errors.isEmpty()) {
			String reason = id.isEmpty() ? "no id"
					: violations.stream()
						.map(v -> v.getPropertyPath() + " " + v.getMessage())
						.collect(Collectors.joining("; "))
							+ errors.stream().map(FieldError::field).collect(Collectors.joining("; "));
			failures.add(new ImportReport.Failure(number, id, reason));
			return null;
		}
		return new Record(number, draft, discipline, category);
	}

	private void load(long organisationId, List<Record> chunk, ImportOptions options, Target target, int[] counts,
			Map<String, Long> ids, List<ImportReport.Failure> failures) {
		if (chunk.isEmpty()) {
			return;
		}
		try {
			List<Applied> applied = this.transactions.execute(status -> chunk.stream()
				.map(record -> apply(organisationId, record, options, target))
				.toList());
			for (int i = 0; i < chunk.size(); i++) {
				count(chunk.get(i), applied.get(i), counts, ids, failures);
			}
		}
		catch (RuntimeException ex) {
			log.warn("A chunk of the load failed ({}); loading its records one by one", ex.toString());
			for (Record record : chunk) {
				try {
					Applied applied = this.transactions.execute(status -> apply(organisationId, record, options, target));
					count(record, applied, counts, ids, failures);
				}
				catch (RuntimeException recordFailure) {
					failures.add(new ImportReport.Failure(record.line(), record.draft().externalId(),
							recordFailure.getMessage()));
				}
			}
		}
	}

	private Applied apply(long organisationId, Record record, ImportOptions options, Target target) {
		return this.upsert.upsert(organisationId, record.draft(), options.editor(), target, record.discipline(),
				record.category());
	}

	private static void count(Record record, Applied applied, int[] counts, Map<String, Long> ids,
			List<ImportReport.Failure> failures) {
		if (applied.outcome() == Outcome.FAILED) {
			failures.add(new ImportReport.Failure(record.line(), record.draft().externalId(),
					"its result is " + applied.refusal() + " and cannot be changed"));
			return;
		}
		counts[applied.outcome().ordinal()]++;
		ids.put(record.draft().externalId(), applied.postingId());
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).asString("").strip();
	}

	private record Record(int line, ResultDraft draft, String discipline, String category) {
	}

}
