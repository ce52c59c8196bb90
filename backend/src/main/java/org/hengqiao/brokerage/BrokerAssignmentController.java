package org.hengqiao.brokerage;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hengqiao.account.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Brokers: assignments", description = "Brokers assigned to needs, results and conversations")
@RestController
@RequestMapping("/api/v1/broker")
class BrokerAssignmentController {

	private final AssignmentManagement assignments;

	BrokerAssignmentController(AssignmentManagement assignments) {
		this.assignments = assignments;
	}

	@Operation(summary = "Assign a broker (operators; admins of the broker's service agency)")
	@PostMapping("/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	AssignmentView assign(@RequestBody @Valid AssignmentRequest request) {
		return this.assignments.assign(request);
	}

	@Operation(summary = "Remove an assignment (operators; admins of the assignment's agency)")
	@DeleteMapping("/assignments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unassign(@PathVariable long id) {
		this.assignments.unassign(id);
	}

	@Operation(summary = "Assignments: the caller's own, those of an item, or (agency admins) the agency's")
	@GetMapping("/assignments")
	List<AssignmentView> list(@RequestParam(required = false) @Nullable SubjectType subjectType,
			@RequestParam(required = false) @Nullable Long subjectId,
			@Parameter(description = "the caller's agency's assignments (its admins)") @RequestParam(
					defaultValue = "false") boolean agency) {
		return this.assignments.list(subjectType, subjectId, agency);
	}

	@Operation(summary = "Brokers the caller may assign (operators: all; agency admins: the agency's)")
	@GetMapping("/brokers")
	List<Person> brokers() {
		return this.assignments.assignableBrokers();
	}

}
