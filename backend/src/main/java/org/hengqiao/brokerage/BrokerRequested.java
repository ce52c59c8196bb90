package org.hengqiao.brokerage;

import org.jspecify.annotations.Nullable;

/** An organisation asked a broker (or any broker, when {@code brokerAccountId} is null) for help. */
public record BrokerRequested(long requestId, @Nullable Long brokerAccountId, SubjectType subjectType,
		long subjectId) {
}
