package org.hengqiao.connect;

/** The other side of a conversation accepted the posting's NDA (which document, by its id and digest). */
public record NdaAccepted(long conversationId, long postingId, long ndaDocumentId, String sha256,
		long organisationId, long postingOrganisationId, long acceptedBy) {
}
