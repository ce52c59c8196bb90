package org.hengqiao.connect;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Finders take the newest current document, so a rare concurrent replacement never makes a lookup ambiguous. */
interface NdaRecords extends JpaRepository<NdaDocument, Long> {

	Optional<NdaDocument> findFirstByPostingIdAndCurrentTrueOrderByIdDesc(long postingId);

}
