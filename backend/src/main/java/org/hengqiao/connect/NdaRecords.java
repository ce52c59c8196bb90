package org.hengqiao.connect;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NdaRecords extends JpaRepository<NdaDocument, Long> {

	Optional<NdaDocument> findByPostingIdAndCurrentTrue(long postingId);

}
