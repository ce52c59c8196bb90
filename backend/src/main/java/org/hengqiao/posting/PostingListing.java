package org.hengqiao.posting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of postings. Visitors and ordinary members only ever get public postings; {@code mine} gives a member their
 * organisation's postings in every status; operators may list any status they name.
 */
@Service
class PostingListing {

	private static final Set<PostingStatus> PUBLIC = EnumSet.of(PostingStatus.PUBLISHED, PostingStatus.IN_NEGOTIATION);

	private final Postings postings;

	private final PostingViews views;

	private final PostingWorkflow workflow;

	private final Actors actors;

	PostingListing(Postings postings, PostingViews views, PostingWorkflow workflow, Actors actors) {
		this.postings = postings;
		this.views = views;
		this.workflow = workflow;
		this.actors = actors;
	}

	@Transactional(readOnly = true)
	PostingPage<PostingSummary> list(PostingKind kind, ListQuery query) {
		Actor actor = this.actors.current().orElse(null);
		Long organisation = query.organisation();
		Set<PostingStatus> statuses;
		Sort sort;
		if (query.mine()) {
			organisation = this.workflow.author().organisationId();
			statuses = query.status() != null ? EnumSet.of(query.status()) : EnumSet.allOf(PostingStatus.class);
			sort = sort(query.sort(), "createdAt");
		}
		else if (actor != null && actor.isOperator() && query.status() != null) {
			statuses = EnumSet.of(query.status());
			sort = sort(query.sort(), "createdAt");
		}
		else {
			statuses = EnumSet.copyOf(PUBLIC);
			if (query.status() != null) {
				statuses.retainAll(EnumSet.of(query.status()));
			}
			sort = sort(query.sort(), "publishedAt");
		}
		if (statuses.isEmpty()) {
			return new PostingPage<>(List.of(), query.page(), query.size(), 0, 0);
		}
		Specification<Posting> filter = filter(kind, statuses, organisation, query.cluster(), query.q());
		Page<Posting> page = this.postings.findAll(filter, PageRequest.of(query.page(), query.size(), sort));
		return PostingPage.of(page.map(posting -> posting)).withItems(this.views.summaries(page.getContent()));
	}

	/** Postings waiting for review, oldest submission first. Operators only. */
	@Transactional(readOnly = true)
	PostingPage<PostingSummary> moderationQueue(int page, int size) {
		Actor actor = this.actors.required();
		if (!actor.isOperator()) {
			throw new ActionNotAllowed("MODERATE");
		}
		Specification<Posting> submitted = (root, q, cb) -> cb.equal(root.get("status"), PostingStatus.SUBMITTED);
		Page<Posting> result = this.postings.findAll(submitted,
				PageRequest.of(page, size, Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"))));
		return PostingPage.of(result.map(posting -> posting)).withItems(this.views.summaries(result.getContent()));
	}

	private static Specification<Posting> filter(PostingKind kind, Set<PostingStatus> statuses,
			@Nullable Long organisation, @Nullable IndustryCluster cluster, @Nullable String titleContains) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("storedKind"), kind));
			predicates.add(root.get("status").in(statuses));
			if (organisation != null) {
				predicates.add(cb.equal(root.get("organisationId"), organisation));
			}
			if (cluster != null) {
				predicates.add(cb.isMember(cluster, root.<Set<IndustryCluster>>get("clusters")));
			}
			if (titleContains != null && !titleContains.isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("title")), "%" + likeLiteral(titleContains.strip()) + "%", '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The text as a LIKE pattern matching itself: its wildcards escaped, lower case like the column it meets. */
	static String likeLiteral(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Sort sort(String name, String newestBy) {
		return switch (name) {
			case "newest" -> Sort.by(Sort.Order.desc(newestBy), Sort.Order.desc("id"));
			case "oldest" -> Sort.by(Sort.Order.asc(newestBy), Sort.Order.asc("id"));
			case "updated" -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
			default -> throw InvalidInput.of("sort", "posting.sort.unknown", name);
		};
	}

	record ListQuery(@Nullable PostingStatus status, @Nullable Long organisation, @Nullable IndustryCluster cluster,
			boolean mine, String sort, int page, int size, @Nullable String q) {
	}

}
