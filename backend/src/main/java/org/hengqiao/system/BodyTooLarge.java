package org.hengqiao.system;

import java.io.IOException;

/**
 * A body without a declared length went past its limit while it was being read. An {@link IOException}, since it is
 * thrown from the stream whoever reads the body reads; {@link ProblemHandler} finds it among the causes of what
 * that reader throws and answers 413.
 */
final class BodyTooLarge extends IOException {

	BodyTooLarge(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

	static boolean causes(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

}
