package org.hengqiao.connect;

import java.time.Instant;
import java.util.List;

import org.hengqiao.connect.InterestView.OrganisationRef;
import org.hengqiao.connect.InterestView.PostingRef;
import org.jspecify.annotations.Nullable;

/** An organisation's conversations, newest activity first, with the number of messages it has not read. */
public record Inbox(long unread, List<Entry> conversations) {

	public record Entry(long id, PostingRef posting, OrganisationRef otherOrganisation, @Nullable String lastMessage,
			Instant lastActivityAt, long unread) {
	}

}
