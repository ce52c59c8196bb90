package org.hengqiao.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's subscriptions and saved searches. */
@Service
@Transactional
class Subscriptions {

	static final int MAX_PER_ACCOUNT = 50;

	private final JdbcClient jdbc;

	private final Actors actors;

	private final TechnicalFields fields;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Actors actors, TechnicalFields fields, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.fields = fields;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Subscription> mine() {
		return this.jdbc.sql("select * from subscription where account_id = ? order by created_at desc, id desc")
			.param(this.actors.required().accountId())
			.query(Subscription::of)
			.list();
	}

	Subscription create(SubscriptionForm form) {
		Actor actor = this.actors.required();
		String field = null;
		IndustryCluster cluster = null;
		String query = null;
		String filters = null;
		switch (form.type()) {
			case FIELD -> {
				field = blankToNull(form.fieldCode());
				if (field == null || this.fields.find(field).isEmpty()) {
					throw InvalidInput.of("fieldCode", "notification.subscription.field.invalid");
				}
			}
			case CLUSTER -> {
				cluster = form.cluster();
				if (cluster == null) {
					throw InvalidInput.of("cluster", "notification.subscription.cluster.required");
				}
			}
			case SEARCH -> {
				query = blankToNull(form.query());
				filters = blankToNull(form.filters());
				boolean anyFilter = filters != null && !SavedSearchFilters.parse(filters).active().isEmpty();
				if (query == null && !anyFilter) {
					throw InvalidInput.of("query", "notification.subscription.search.empty");
				}
			}
			case MY_POSTINGS -> {
				if (actor.organisationId() == null) {
					throw InvalidInput.of("type", "notification.subscription.organisationRequired");
				}
			}
		}
		int existing = this.jdbc.sql("select count(*) from subscription where account_id = ?")
			.param(actor.accountId())
			.query(Integer.class)
			.single();
		if (existing >= MAX_PER_ACCOUNT) {
			throw InvalidInput.of("type", "notification.subscription.tooMany", MAX_PER_ACCOUNT);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into subscription (account_id, type, field_code, cluster, query_text, filters, created_at)
				values (:account, :type, :field, :cluster, :query, :filters, :now)""")
			.param("account", actor.accountId())
			.param("type", form.type().name())
			.param("field", field)
			.param("cluster", cluster == null ? null : cluster.name())
			.param("query", query)
			.param("filters", filters)
			.param("now", Timestamp.from(this.clock.instant()))
			.update(keys, "id");
		long id = java.util.Objects.requireNonNull(keys.getKey()).longValue();
		return this.jdbc.sql("select * from subscription where id = ?").param(id).query(Subscription::of).single();
	}

	/** Deletes one of the signed-in person's subscriptions; someone else's is answered as missing. */
	void delete(long id) {
		int deleted = this.jdbc.sql("delete from subscription where id = ? and account_id = ?")
			.params(id, this.actors.required().accountId())
			.update();
		if (deleted == 0) {
			throw new SubscriptionNotFound(id);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
