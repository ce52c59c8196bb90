package org.hengqiao.connect;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReadRecords extends JpaRepository<ConversationRead, ConversationRead.Key> {

	@Query("select r from ConversationRead r where r.key.conversationId = :conversationId")
	List<ConversationRead> findByConversation(long conversationId);

}
