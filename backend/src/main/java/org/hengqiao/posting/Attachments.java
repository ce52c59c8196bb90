package org.hengqiao.posting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Attachments extends JpaRepository<Attachment, Long> {

	List<Attachment> findByPostingIdOrderById(long postingId);

	Optional<Attachment> findByIdAndPostingId(long id, long postingId);

	long countByPostingId(long postingId);

}
