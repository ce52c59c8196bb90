package org.hengqiao.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByCreditCode(String creditCode);

	boolean existsByCreditCode(String creditCode);

	List<Organisation> findByVerificationStatusOrderByVerificationRequestedAt(VerificationStatus status);

}
