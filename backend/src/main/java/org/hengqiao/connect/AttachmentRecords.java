package org.hengqiao.connect;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRecords extends JpaRepository<MessageAttachment, Long> {

	List<MessageAttachment> findByMessageIdInOrderById(Collection<Long> messageIds);

}
