package org.hengqiao.connect;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectAudit extends JpaRepository<ConnectAuditEntry, Long> {
}
