package org.hengqiao.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operations", description = "Operator-only maintenance")
class OperatorBoardController {

	private final OperatorBoard board;

	OperatorBoardController(OperatorBoard board) {
		this.board = board;
	}

	@GetMapping("/api/v1/operator/board")
	@Operation(summary = "What waits for an operator",
			description = "Organisations to verify, postings to moderate, disputed deals, overdue broker follow-ups, "
					+ "and e-mails and imports that failed in the last 7 days. Operators only.")
	OperatorBoardView board() {
		return this.board.read();
	}

}
