package org.hengqiao.testing;

import java.util.concurrent.ThreadLocalRandom;

import org.hengqiao.organisation.CreditCode;

/** Valid unified social credit codes that no other test uses (random GB 11714 organisation codes). */
public final class CreditCodes {

	private static final int[] ORGANISATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private CreditCodes() {
	}

	/** A code of an enterprise registered in Hengyang (91 430400 …). */
	public static String next() {
		StringBuilder code = new StringBuilder("91430400");
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int digit = ThreadLocalRandom.current().nextInt(10);
			code.append(digit);
			sum += digit * ORGANISATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		code.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
		code.append(CreditCode.checkCharacterOf(code.toString()));
		return CreditCode.parse(code.toString()).value();
	}

	/** A valid code with its check character changed: a typo. */
	public static String withTypo() {
		String valid = next();
		char last = valid.charAt(17);
		char other = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(last) + 1) % CreditCode.ALPHABET.length());
		return valid.substring(0, 17) + other;
	}

}
