package org.hengqiao.posting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Technology readiness: a level 1–9 (GB/T 22900 技术就绪度) and a stage. A result states its own; a need may ask for a
 * minimum.
 */
public record Maturity(@Nullable @Min(1) @Max(9) Integer trl, @Nullable MaturityStage stage) {

	/** Neither level nor stage: treated as no maturity at all. Not part of the JSON (it is derived). */
	@JsonIgnore
	public boolean isEmpty() {
		return this.trl == null && this.stage == null;
	}

}
