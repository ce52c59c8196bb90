package org.hengqiao.connect;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRecords extends JpaRepository<ConversationMessage, Long> {

	List<ConversationMessage> findByConversationIdOrderById(long conversationId);

	Optional<ConversationMessage> findFirstByConversationIdOrderByIdDesc(long conversationId);

	List<ConversationMessage> findByConversationIdAndIdGreaterThanOrderById(long conversationId, long afterId);

	/** Messages from the other side after the organisation's last read one, in all its conversations. */
	@Query("""
			select count(m) from ConversationMessage m, Conversation c
			where c.id = m.conversationId
			  and (c.ownerOrganisationId = :organisationId or c.interestedOrganisationId = :organisationId)
			  and m.senderOrganisationId <> :organisationId
			  and m.id > coalesce((select r.lastReadMessageId from ConversationRead r
			                       where r.key.conversationId = m.conversationId and r.key.organisationId = :organisationId), 0)""")
	long unreadTotal(long organisationId);

	/** Messages from the other side after the organisation's last read one, per conversation. */
	@Query("""
			select m.conversationId, count(m) from ConversationMessage m
			where m.conversationId in :conversationIds and m.senderOrganisationId <> :organisationId
			  and m.id > coalesce((select r.lastReadMessageId from ConversationRead r
			                       where r.key.conversationId = m.conversationId and r.key.organisationId = :organisationId), 0)
			group by m.conversationId""")
	List<Object[]> unreadCounts(Collection<Long> conversationIds, long organisationId);

}
