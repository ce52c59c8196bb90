package org.hengqiao.result;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A patent or software copyright registration a result rests on. Numbers are stored normalised (see
 * {@link PatentNumber}), so the same patent written two ways is recognised as one.
 */
@Embeddable
public record IpRight(@Column(name = "ip_number") @NotBlank @Size(max = 40) String number,
		@Column(name = "ip_type") @Enumerated(EnumType.STRING) @NotNull IpType type,
		@Column(name = "ip_status") @Enumerated(EnumType.STRING) @NotNull IpStatus status) {
}
