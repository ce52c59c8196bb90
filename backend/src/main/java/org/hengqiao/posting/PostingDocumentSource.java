package org.hengqiao.posting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hengqiao.catalogue.TechnicalField;
import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.organisation.OrganisationType;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Postings as search and matching see them: flat, without contact details, in any status. */
@Component
class PostingDocumentSource implements PostingDocuments {

	private final Postings postings;

	private final OrganisationDirectory organisations;

	private final TechnicalFields fields;

	PostingDocumentSource(Postings postings, OrganisationDirectory organisations, TechnicalFields fields) {
		this.postings = postings;
		this.organisations = organisations;
		this.fields = fields;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PostingDocument> find(long id) {
		return this.postings.findById(id).map(posting -> documents(List.of(posting)).get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostingDocument> batchAfter(long afterId, int limit) {
		return documents(this.postings.findAfter(afterId, Limit.of(limit)));
	}

	private List<PostingDocument> documents(Collection<Posting> postings) {
		Map<Long, OrganisationSummary> owners = this.organisations
			.findAll(postings.stream().map(Posting::organisationId).distinct().toList());
		return postings.stream().map(posting -> {
			OrganisationSummary owner = owners.get(posting.organisationId());
			Amount amount = posting.amount();
			return new PostingDocument(posting.id(), posting.kind(), posting.version(), posting.status(),
					posting.organisationId(), owner != null ? owner.nameZh() : "",
					owner != null ? owner.type() : OrganisationType.ENTERPRISE, posting.title(), posting.text(),
					posting.keywords(), posting.fieldCode(),
					this.fields.find(posting.fieldCode()).map(TechnicalField::parentCode).orElse(null),
					posting.classification(),					posting.clusterSet(), posting.cooperationModeSet(), amount.negotiable(), amount.minYuan(),
					amount.maxYuan(), posting.regionCode(), posting.trl(),
					posting.stage() != null ? posting.stage().name() : null, posting.deadline(),
					posting.publishedAt(), posting.updatedAt());
		}).toList();
	}

}
