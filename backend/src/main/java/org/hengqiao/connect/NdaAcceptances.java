package org.hengqiao.connect;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NdaAcceptances extends JpaRepository<NdaAcceptance, Long> {

	List<NdaAcceptance> findByConversationIdOrderByAcceptedAt(long conversationId);

	boolean existsByConversationIdAndNdaDocumentId(long conversationId, long ndaDocumentId);

}
