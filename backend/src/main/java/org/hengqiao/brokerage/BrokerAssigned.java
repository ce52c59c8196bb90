package org.hengqiao.brokerage;

import java.util.List;

/**
 * A broker was put to work on a need, a result or a conversation, published in the assigning transaction so the
 * broker and the subject's organisations hear of it.
 *
 * @param selfAssigned the broker took it on themself (accepting a request addressed to them): nobody tells them
 * @param organisationIds the subject's parties
 */
public record BrokerAssigned(long assignmentId, long brokerAccountId, SubjectType subjectType, long subjectId,
		List<Long> organisationIds, boolean selfAssigned) {
}
