package org.hengqiao.demo;

import java.math.BigDecimal;
import java.util.List;

import org.hengqiao.connect.InterestStatus;
import org.hengqiao.deal.ContractType;
import org.hengqiao.deal.DealStage;
import org.hengqiao.posting.CooperationMode;
import org.jspecify.annotations.Nullable;

/**
 * What the demo's organisations did with each other's postings, as written in {@code demo/connections.json}: one
 * story per interest, from the organisation that expressed it (or a broker introduced) to the owner of the posting,
 * with how the owner answered, what the two wrote in the conversation and how far their deal went; and what
 * their people saved (收藏) and followed (关注).
 */
record DemoStories(List<Story> stories, List<Follow> follows) {

	/**
	 * @param from the interested organisation's key in {@code demo/organisations.json}
	 * @param owner the key of the organisation owning the posting
	 * @param offered the title of the interested organisation's own posting it offers, if any
	 * @param reason the owner's reason for declining
	 */
	record Story(String from, String owner, String posting, @Nullable String offered, String message,
			InterestStatus outcome, @Nullable String reason, @Nullable Boolean introducedByBroker,
			@Nullable List<Message> messages, @Nullable DealPlan deal) {
	}

	/**
	 * A person of the organisation {@code who} saves the owner's posting of that title or, without a title, follows
	 * the owner.
	 */
	record Follow(String who, String owner, @Nullable String posting) {
	}

	/** A message in the conversation, by the {@code INTERESTED} side or the {@code OWNER}. */
	record Message(Side by, String text) {
	}

	enum Side {

		INTERESTED, OWNER

	}

	/**
	 * How far the deal on the offered need and the posting went: an open or signed stage reached step by step, or
	 * ended (lost, disputed, voided) with the reason.
	 */
	record DealPlan(DealStage stage, @Nullable String reason, @Nullable ContractTerms contract) {
	}

	/** The signed contract; the parties are the deal's organisations (and the demo agency, if an intermediary). */
	record ContractTerms(String title, ContractType type, CooperationMode mode, BigDecimal valueYuan,
			int signedDaysAgo, @Nullable Boolean intermediary) {
	}

}
