package org.hengqiao.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hengqiao.posting.Posting;
import org.hengqiao.posting.PostingContent;
import org.hengqiao.posting.PostingKind;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A research result offered by a university or institute: the shared content plus its intellectual property, team
 * and application scenarios. {@code externalId} is the technology-transfer office's own identifier, unique within
 * the organisation, by which imports recognise a result they loaded before.
 */
@Entity
@DiscriminatorValue("RESULT")
class Result extends Posting {

	private @Nullable String externalId;

	private @Nullable String discipline;

	private @Nullable String category;

	@ElementCollection
	@CollectionTable(name = "result_patent", joinColumns = @JoinColumn(name = "posting_id"))
	@OrderColumn(name = "idx")
	@BatchSize(size = 100)
	private List<IpRight> patents = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "result_team_member", joinColumns = @JoinColumn(name = "posting_id"))
	@OrderColumn(name = "idx")
	@BatchSize(size = 100)
	private List<TeamMember> team = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "result_scenario", joinColumns = @JoinColumn(name = "posting_id"))
	@OrderColumn(name = "idx")
	@Column(name = "scenario")
	@BatchSize(size = 100)
	private List<String> scenarios = new ArrayList<>();

	protected Result() {
	}

	@SuppressWarnings("this-escape")
	Result(long organisationId, @Nullable Long createdBy, PostingContent content, ResultDetails details, Instant now) {
		super(organisationId, createdBy, content, now);
		revise(content, details);
	}

	void revise(PostingContent content, ResultDetails details) {
		reviseContent(content);
		replace(this.patents, details.patents());
		replace(this.team, details.team());
		replace(this.scenarios, details.scenarios());
		this.externalId = details.externalId();
		this.discipline = details.discipline();
		this.category = details.category();
	}

	@Override
	public PostingKind kind() {
		return PostingKind.RESULT;
	}

	@Override
	protected void describeDetails(Map<String, Object> values) {
		values.put("patents", this.patents.stream().map(ip -> ip.number() + " " + ip.type() + " " + ip.status()).toList());
		values.put("team", this.team.stream()
			.map(member -> member.name() + (member.title() != null ? " " + member.title() : "")
					+ (member.inventor() ? " (inventor)" : ""))
			.toList());
		values.put("applicationScenarios", List.copyOf(this.scenarios));
		values.put("externalId", String.valueOf(this.externalId));
		values.put("discipline", String.valueOf(this.discipline));
		values.put("category", String.valueOf(this.category));
	}

	@Nullable String externalId() {
		return this.externalId;
	}

	@Nullable String discipline() {
		return this.discipline;
	}

	@Override
	public @Nullable String classification() {
		return this.discipline;
	}

	@Nullable String category() {
		return this.category;
	}

	List<IpRight> patents() {
		return List.copyOf(this.patents);
	}

	List<TeamMember> team() {
		return List.copyOf(this.team);
	}

	List<String> scenarios() {
		return List.copyOf(this.scenarios);
	}

}
