package org.hengqiao.posting;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hengqiao.account.Actor;
import org.hengqiao.catalogue.TechnicalField;
import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.organisation.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns postings into what a particular person may see of them, in their language. */
@Component
class PostingViews {

	private final OrganisationDirectory organisations;

	private final TechnicalFields fields;

	private final Regions regions;

	private final Attachments attachments;

	private final PostingAccess access;

	PostingViews(OrganisationDirectory organisations, TechnicalFields fields, Regions regions, Attachments attachments,
			PostingAccess access) {
		this.organisations = organisations;
		this.fields = fields;
		this.regions = regions;
		this.attachments = attachments;
		this.access = access;
	}

	PostingView view(Posting posting, @Nullable Actor actor) {
		Locale locale = LocaleContextHolder.getLocale();
		OrganisationSummary organisation = organisationOf(posting);
		boolean contactVisible = this.access.canSeeContact(actor, posting);
		boolean insider = actor != null && (actor.isOperator() || this.access.isOwner(actor, posting));
		List<PostingView.AttachmentView> files = this.attachments.findByPostingIdOrderById(posting.id())
			.stream()
			.map(Attachment::view)
			.toList();
		return new PostingView(posting.id(), posting.kind(), posting.status(), posting.version(), posting.title(),
				field(posting.fieldCode(), locale), clusters(posting, locale), posting.keywords(),
				posting.cooperationModes(), posting.amount(),
				new PostingView.Named(posting.regionCode(), regionName(posting.regionCode(), locale)),
				new PostingView.OrganisationRef(organisation.id(), organisation.name(locale), organisation.type(),
						organisation.verified()),
				posting.contactVisibility(), contactVisible ? posting.contact() : null,
				contactVisible ? null : posting.contactVisibility(), files,
				this.access.allowedActions(actor, posting, organisation.verified()),
				insider ? posting.rejectionReason() : null, posting.outcome(), posting.createdAt(),
				posting.updatedAt(), posting.submittedAt(), posting.publishedAt(), posting.closedAt(),
				this.access.isOwner(actor, posting) ? posting.confidentialDetails() : null);
	}

	List<PostingSummary> summaries(Collection<Posting> postings) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, OrganisationSummary> owners = this.organisations
			.findAll(postings.stream().map(Posting::organisationId).distinct().toList());
		return postings.stream().map(posting -> {
			OrganisationSummary owner = owners.get(posting.organisationId());
			return new PostingSummary(posting.id(), posting.kind(), posting.title(),
					PostingSummary.summarise(posting.text()), owner != null ? owner.name(locale) : "",
					owner != null ? owner.type() : OrganisationType.ENTERPRISE, clusters(posting, locale),
					posting.cooperationModes(), posting.amount(), posting.publishedAt(),
					regionName(posting.regionCode(), locale), posting.status());
		}).toList();
	}

	OrganisationSummary organisationOf(Posting posting) {
		return this.organisations.find(posting.organisationId())
			.orElseThrow(() -> new IllegalStateException("Posting " + posting.id() + " has no organisation"));
	}

	private PostingView.FieldRef field(String code, Locale locale) {
		Optional<TechnicalField> field = this.fields.find(code);
		Optional<TechnicalField> parent = field.map(TechnicalField::parentCode).flatMap(this.fields::find);
		return new PostingView.FieldRef(code, field.map(f -> f.name(locale)).orElse(code),
				parent.map(TechnicalField::code).orElse(null), parent.map(p -> p.name(locale)).orElse(null));
	}

	private static List<PostingView.Named> clusters(Posting posting, Locale locale) {
		return posting.clusters()
			.stream()
			.map(cluster -> new PostingView.Named(cluster.name(), cluster.displayName(locale)))
			.toList();
	}

	private String regionName(String code, Locale locale) {
		return this.regions.find(code).map(region -> region.name(locale)).orElse(code);
	}

}
