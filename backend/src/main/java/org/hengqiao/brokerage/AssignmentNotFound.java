package org.hengqiao.brokerage;

import org.hengqiao.system.DomainException;

/** No such broker assignment, or none the caller may see. */
public class AssignmentNotFound extends DomainException {

	public AssignmentNotFound(long id) {
		super(Kind.NOT_FOUND, "assignmentNotFound", id);
	}

}
