package org.hengqiao.deal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A party to the contract as the registration lists it.
 *
 * @param role {@code CLIENT} (委托方、受让方、被许可方), {@code CONTRACTOR} (受托方、让与方、许可方) or
 *        {@code INTERMEDIARY} (中介方)
 */
@Embeddable
public record ContractParty(@Enumerated(EnumType.STRING) @NotNull Role role, @NotBlank @Size(max = 200) String name) {

	public enum Role {

		CLIENT, CONTRACTOR, INTERMEDIARY

	}

}
