package org.hengqiao.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hengqiao.catalogue.TechnicalField;
import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.organisation.Region;
import org.hengqiao.organisation.Regions;
import org.hengqiao.posting.Amount;
import org.hengqiao.posting.Contact;
import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.MaturityStage;
import org.hengqiao.result.ImportSheet.Line;
import org.hengqiao.system.CleanText;
import org.hengqiao.system.InvalidInput.FieldError;
import org.hengqiao.system.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a spreadsheet row into a {@link ResultDraft} and checks it with exactly the rules of the form (bean
 * validation and {@link ResultRules}), reporting each problem against the column it came from, in the caller's
 * language. One message per column: the first problem found.
 */
@Component
class ImportRowMapper {

	private static final Pattern TEAM_MEMBER = Pattern.compile("(.+?)\\s*[(（](.*)[)）]\\s*");

	private static final Pattern YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*元?");

	private final Validator validator;

	private final ResultRules rules;

	private final TechnicalFields fields;

	private final Regions regions;

	private final Problems problems;

	ImportRowMapper(Validator validator, ResultRules rules, TechnicalFields fields, Regions regions, Problems problems) {
		this.validator = validator;
		this.rules = rules;
		this.fields = fields;
		this.regions = regions;
		this.problems = problems;
	}

	/** The row's draft if it is valid, and its problems otherwise. */
	MappedRow map(Line line) {
		Map<ImportColumn, String> errors = new EnumMap<>(ImportColumn.class);
		// The same rule as every text field of the API: a cell with a control character or a bidirectional
		// override is the row's error in that column, and nothing of the row is imported.
		line.cells()
			.forEach((column, cell) -> {
				if (!CleanText.isClean(cell)) {
					errors.put(column, this.problems.message(CleanText.MESSAGE));
				}
			});
		String fieldText = line.cell(ImportColumn.FIELD);
		String fieldCode = this.fields.findFileableByCodeOrName(fieldText).map(TechnicalField::code).orElse(fieldText);
		String regionText = line.cell(ImportColumn.REGION);
		String regionCode = this.regions.all()
			.stream()
			.filter(region -> region.code().equals(regionText) || region.nameZh().equals(regionText)
					|| region.nameEn().equalsIgnoreCase(regionText))
			.map(Region::code)
			.findFirst()
			.orElse(regionText);
		ResultDraft draft = new ResultDraft(null, line.cell(ImportColumn.TITLE), line.cell(ImportColumn.ABSTRACT),
				fieldCode, words(line, ImportColumn.CLUSTERS, ImportVocabulary::cluster, errors, IndustryCluster.class),
				ImportVocabulary.list(line.cell(ImportColumn.KEYWORDS)),
				words(line, ImportColumn.COOPERATION_MODES, ImportVocabulary::cooperationMode, errors,
						CooperationMode.class),
				price(line, errors), new Maturity(trl(line, errors), stage(line, errors)), patents(line, errors),
				team(line), ImportVocabulary.items(line.cell(ImportColumn.SCENARIOS)), regionCode,
				new Contact(line.cell(ImportColumn.CONTACT_NAME), blankToNull(line.cell(ImportColumn.CONTACT_PHONE)),
						blankToNull(line.cell(ImportColumn.CONTACT_EMAIL))),
				visibility(line, errors), line.cell(ImportColumn.EXTERNAL_ID));
		if (line.cell(ImportColumn.EXTERNAL_ID).isEmpty()) {
			errors.putIfAbsent(ImportColumn.EXTERNAL_ID, this.problems.message("import.row.externalIdRequired"));
		}
		for (ConstraintViolation<ResultDraft> violation : this.validator.validate(draft)) {
			ImportColumn.byField(violation.getPropertyPath().toString())
				.ifPresent(column -> errors.putIfAbsent(column, violation.getMessage()));
		}
		for (FieldError error : this.rules.check(draft)) {
			ImportColumn.byField(error.field())
				.ifPresent(column -> errors.putIfAbsent(column,
						this.problems.message(error.messageKey(), error.arguments())));
		}
		return new MappedRow(line.rowNumber(), errors.isEmpty() ? draft : null, errors);
	}

	private <E extends Enum<E>> Set<E> words(Line line, ImportColumn column, Function<String, Optional<E>> vocabulary,
			Map<ImportColumn, String> errors, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		for (String word : ImportVocabulary.list(line.cell(column))) {
			Optional<E> value = vocabulary.apply(word);
			if (value.isPresent()) {
				values.add(value.get());
			}
			else {
				errors.putIfAbsent(column, this.problems.message("import.row.unknownValue", word));
			}
		}
		return values;
	}

	private Amount price(Line line, Map<ImportColumn, String> errors) {
		String from = line.cell(ImportColumn.PRICE_MIN);
		String to = line.cell(ImportColumn.PRICE_MAX);
		if ((from.isEmpty() || from.equals("面议")) && (to.isEmpty() || to.equals("面议"))) {
			return Amount.negotiableAmount();
		}
		return new Amount(false, yuan(from, ImportColumn.PRICE_MIN, errors), yuan(to, ImportColumn.PRICE_MAX, errors));
	}

	/** Whole yuan, forgiving thousands separators and the 万 (ten thousand) people often write. */
	private @Nullable Long yuan(String text, ImportColumn column, Map<ImportColumn, String> errors) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher matcher = YUAN.matcher(text.replace(",", "").replace("，", ""));
		if (matcher.matches()) {
			BigDecimal value = new BigDecimal(matcher.group(1));
			if (matcher.group(2) != null) {
				value = value.multiply(BigDecimal.valueOf(10_000));
			}
			try {
				return value.longValueExact();
			}
			catch (ArithmeticException ex) {
				// not a whole number of yuan
			}
		}
		errors.putIfAbsent(column, this.problems.message("import.row.yuan", text));
		return null;
	}

	private @Nullable Integer trl(Line line, Map<ImportColumn, String> errors) {
		String text = line.cell(ImportColumn.TRL).toUpperCase(Locale.ROOT).replace("TRL", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			errors.putIfAbsent(ImportColumn.TRL, this.problems.message("import.row.trl", text));
			return null;
		}
	}

	private @Nullable MaturityStage stage(Line line, Map<ImportColumn, String> errors) {
		String text = line.cell(ImportColumn.STAGE);
		if (text.isEmpty()) {
			return null;
		}
		Optional<MaturityStage> stage = ImportVocabulary.stage(text);
		if (stage.isEmpty()) {
			errors.putIfAbsent(ImportColumn.STAGE, this.problems.message("import.row.unknownValue", text));
		}
		return stage.orElse(null);
	}

	private ContactVisibility visibility(Line line, Map<ImportColumn, String> errors) {
		String text = line.cell(ImportColumn.CONTACT_VISIBILITY);
		if (text.isEmpty()) {
			return ContactVisibility.VERIFIED_ORGANISATIONS;
		}
		Optional<ContactVisibility> visibility = ImportVocabulary.visibility(text);
		if (visibility.isEmpty()) {
			errors.putIfAbsent(ImportColumn.CONTACT_VISIBILITY, this.problems.message("import.row.unknownValue", text));
		}
		return visibility.orElse(ContactVisibility.VERIFIED_ORGANISATIONS);
	}

	/** {@code number|type|status} items; a missing status means applied. */
	private List<IpRight> patents(Line line, Map<ImportColumn, String> errors) {
		List<IpRight> patents = new ArrayList<>();
		for (String item : ImportVocabulary.items(line.cell(ImportColumn.PATENTS))) {
			String[] parts = item.split("[|｜]");
			Optional<IpType> type = parts.length > 1 ? ImportVocabulary.ipType(parts[1].strip()) : Optional.empty();
			Optional<IpStatus> status = parts.length > 2 ? ImportVocabulary.ipStatus(parts[2].strip())
					: Optional.of(IpStatus.APPLIED);
			if (parts.length > 3 || type.isEmpty() || status.isEmpty()) {
				errors.putIfAbsent(ImportColumn.PATENTS, this.problems.message("import.row.patent", item));
				continue;
			}
			patents.add(new IpRight(parts[0].strip(), type.get(), status.get()));
		}
		return patents;
	}

	/** Team members as {@code 姓名（职称）}; inventors are flagged, and added when not listed in the team. */
	private static List<TeamMember> team(Line line) {
		Set<String> inventors = new LinkedHashSet<>(ImportVocabulary.items(line.cell(ImportColumn.INVENTORS)));
		List<TeamMember> team = new ArrayList<>();
		for (String item : ImportVocabulary.items(line.cell(ImportColumn.TEAM))) {
			Matcher matcher = TEAM_MEMBER.matcher(item);
			String name = matcher.matches() ? matcher.group(1).strip() : item;
			String title = matcher.matches() ? matcher.group(2).strip() : null;
			team.add(new TeamMember(name, title, inventors.remove(name)));
		}
		inventors.forEach(name -> team.add(new TeamMember(name, null, true)));
		return team;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** A row after mapping: its draft when valid, otherwise the message for each offending column. */
	record MappedRow(int rowNumber, @Nullable ResultDraft draft, Map<ImportColumn, String> errors) {
	}

}
