package org.hengqiao.need;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.PostingView;
import org.jspecify.annotations.Nullable;

/** A need's detail page: the shared posting view plus what only needs have. */
public record NeedView(@JsonUnwrapped PostingView posting, String description, LocalDate deadline,
		@Nullable Maturity maturityAsked) {
}
