package org.hengqiao.connect;

import java.time.Instant;
import java.util.List;

import org.hengqiao.connect.InterestView.OrganisationRef;

/**
 * A message with its files.
 *
 * @param mine whether the caller's organisation sent it
 * @param readByOtherSide whether the organisation that did not send it has read it (a read receipt)
 */
public record MessageView(long id, OrganisationRef sender, String senderName, boolean mine, String text,
		List<StoredDocument> attachments, Instant createdAt, boolean readByOtherSide) {
}
