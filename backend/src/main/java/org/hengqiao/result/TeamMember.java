package org.hengqiao.result;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A member of the team behind a result; inventors are named on its patents. */
@Embeddable
public record TeamMember(@NotBlank @Size(max = 50) String name, @Nullable @Size(max = 50) String title,
		boolean inventor) {

	TeamMember normalised() {
		return new TeamMember(this.name.strip(), this.title == null || this.title.isBlank() ? null : this.title.strip(),
				this.inventor);
	}

}
