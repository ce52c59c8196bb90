package org.hengqiao.account;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Members", description = "An organisation's members, join requests and admins (for its admins)")
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
class MembershipController {

	private final AccountManagement accounts;

	MembershipController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Active members (admins of the organisation and operators)")
	@GetMapping("/members")
	List<Member> members(@PathVariable long organisationId) {
		return this.accounts.members(organisationId);
	}

	@Operation(summary = "Pending requests to join (admins of the organisation and operators)")
	@GetMapping("/join-requests")
	List<Member> joinRequests(@PathVariable long organisationId) {
		return this.accounts.joinRequests(organisationId);
	}

	@Operation(summary = "Approve a request to join: the person becomes a member")
	@PostMapping("/join-requests/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void approve(@PathVariable long organisationId, @PathVariable long accountId) {
		this.accounts.approveJoinRequest(organisationId, accountId);
	}

	@Operation(summary = "Decline a request to join")
	@DeleteMapping("/join-requests/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@PathVariable long organisationId, @PathVariable long accountId) {
		this.accounts.declineJoinRequest(organisationId, accountId);
	}

	@Operation(summary = "Make a member an admin of the organisation")
	@PutMapping("/admins/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void grantAdmin(@PathVariable long organisationId, @PathVariable long accountId) {
		this.accounts.grantOrgAdmin(organisationId, accountId);
	}

	@Operation(summary = "Revoke a member's admin role (never the last admin's)")
	@DeleteMapping("/admins/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeAdmin(@PathVariable long organisationId, @PathVariable long accountId) {
		this.accounts.revokeOrgAdmin(organisationId, accountId);
	}

}
