package org.hengqiao.notification;

import java.util.Locale;

import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.springframework.stereotype.Component;

/**
 * What notices call things by: a posting's title and an organisation's names, looked up when the notice is made, so
 * that no notice shows a reader an internal id. A posting or organisation deleted meanwhile reads as a neutral
 * word, not a number.
 */
@Component
public class NoticeSubjects {

	private final PostingDocuments postings;

	private final OrganisationDirectory organisations;

	NoticeSubjects(PostingDocuments postings, OrganisationDirectory organisations) {
		this.postings = postings;
		this.organisations = organisations;
	}

	public String postingTitle(long postingId) {
		return this.postings.find(postingId).map(PostingDocument::title).orElse("—");
	}

	public String organisationNameZh(long organisationId) {
		return this.organisations.find(organisationId).map(OrganisationSummary::nameZh).orElse("—");
	}

	public String organisationNameEn(long organisationId) {
		return this.organisations.find(organisationId)
			.map(organisation -> organisation.name(Locale.ENGLISH))
			.orElse("—");
	}

}
