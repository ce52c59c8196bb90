package org.hengqiao.notification;

/** What a subscription watches for among newly published postings. */
enum SubscriptionType {

	/** Postings filed under a technical field (first level: any of its second-level fields). */
	FIELD,

	/** Postings in an industry cluster. */
	CLUSTER,

	/** Postings a saved search (text and filters, as on the search page) finds. */
	SEARCH,

	/** Postings that rank among the best matches of one of the subscriber's organisation's published postings. */
	MY_POSTINGS

}
