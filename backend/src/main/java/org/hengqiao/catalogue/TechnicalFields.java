package org.hengqiao.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The technical field taxonomy, seeded by migration and read once: it changes only with a release. */
@Component
public class TechnicalFields {

	private final List<TechnicalField> all;

	private final Map<String, TechnicalField> byCode;

	TechnicalFields(JdbcClient jdbc) {
		this.all = jdbc
			.sql("select code, parent_code, name_zh, name_en from technical_field order by sort_order, code")
			.query(TechnicalField.class)
			.list();
		this.byCode = this.all.stream().collect(Collectors.toUnmodifiableMap(TechnicalField::code, Function.identity()));
	}

	public Optional<TechnicalField> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** A second-level field a posting may be filed under. */
	public Optional<TechnicalField> findFileable(String code) {
		return find(code).filter(TechnicalField::isSecondLevel);
	}

	/** The first-level fields in display order. */
	public List<TechnicalField> firstLevel() {
		return this.all.stream().filter(field -> !field.isSecondLevel()).toList();
	}

	public List<TechnicalField> childrenOf(String parentCode) {
		return this.all.stream().filter(field -> parentCode.equals(field.parentCode())).toList();
	}

	/**
	 * A second-level field by its Chinese or English name, or its code, ignoring case: spreadsheets name fields the
	 * way people say them.
	 */
	public Optional<TechnicalField> findFileableByCodeOrName(String text) {
		String wanted = text.strip();
		return this.all.stream()
			.filter(TechnicalField::isSecondLevel)
			.filter(field -> field.code().equalsIgnoreCase(wanted) || field.nameZh().equals(wanted)
					|| field.nameEn().equalsIgnoreCase(wanted))
			.findFirst();
	}

}
