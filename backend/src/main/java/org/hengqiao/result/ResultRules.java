package org.hengqiao.result;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.PostingWorkflow;
import org.hengqiao.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;

/**
 * The rules of a result that bean validation cannot check, shared by the form and the importer: known field and
 * region, a complete maturity, valid and consistent patent numbers, software copyright registration numbers.
 */
@Component
class ResultRules {

	/** 计算机软件著作权登记号: year, {@code SR}, seven digits, e.g. {@code 2021SR0123456}. */
	static final Pattern SOFTWARE_REGISTRATION = Pattern.compile("(19|20)\\d{2}SR\\d{7}");

	private final PostingWorkflow workflow;

	ResultRules(PostingWorkflow workflow) {
		this.workflow = workflow;
	}

	/** The draft's errors as field errors naming the JSON fields; empty when it is valid. */
	List<FieldError> check(ResultDraft draft) {
		List<FieldError> errors = new ArrayList<>(this.workflow.check(draft.content(), "price"));
		Maturity maturity = draft.maturity();
		if (maturity.trl() == null) {
			errors.add(new FieldError("maturity.trl", "result.maturity.required"));
		}
		if (maturity.stage() == null) {
			errors.add(new FieldError("maturity.stage", "result.maturity.required"));
		}
		Set<String> seen = new HashSet<>();
		List<IpRight> patents = draft.patentsOrEmpty();
		for (int i = 0; i < patents.size(); i++) {
			IpRight right = patents.get(i);
			String field = "patents[" + i + "].number";
			try {
				IpRight normalised = normalise(right);
				if (!seen.add(normalised.number())) {
					errors.add(new FieldError(field, "result.ip.duplicate", normalised.number()));
				}
			}
			catch (InvalidIpNumber ex) {
				errors.add(new FieldError(field, ex.messageKey, right.number()));
			}
		}
		return errors;
	}

	/** The details with normalised patent numbers; call after {@link #check} found nothing. */
	ResultDetails details(ResultDraft draft, String discipline, String category) {
		return new ResultDetails(draft.patentsOrEmpty().stream().map(ResultRules::normalise).toList(),
				draft.teamOrEmpty(), draft.scenariosOrEmpty(), draft.externalId(), discipline, category);
	}

	/**
	 * Patents are parsed as CNIPA application or publication numbers, whose type must match the declared one;
	 * software copyrights must be registration numbers.
	 */
	static IpRight normalise(IpRight right) {
		String raw = right.number();
		if (right.type() == IpType.SOFTWARE_COPYRIGHT) {
			String number = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
			if (!SOFTWARE_REGISTRATION.matcher(number).matches()) {
				throw new InvalidIpNumber("result.ip.softwareNumber");
			}
			return new IpRight(number, right.type(), right.status());
		}
		PatentNumber number;
		try {
			number = PatentNumber.parse(raw);
		}
		catch (InvalidPatentNumber ex) {
			throw new InvalidIpNumber(switch (ex.reason()) {
				case CHECK_DIGIT -> "result.ip.checkDigit";
				case TYPE, FORMAT -> "result.ip.patentNumber";
			});
		}
		if (!number.type().name().equals(right.type().name())) {
			throw new InvalidIpNumber("result.ip.typeMismatch");
		}
		return new IpRight(number.normalized(), right.type(), right.status());
	}

	static final class InvalidIpNumber extends RuntimeException {

		final String messageKey;

		InvalidIpNumber(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

	}

}
