package org.hengqiao.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A person's account. The session generation ({@code session_generation}) is not mapped:
 * {@link SessionGenerations} changes it with single atomic statements, and an entity update must never write back a
 * stale count.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String email;

	private String displayName;

	private @Nullable String phone;

	private String passwordHash;

	private @Nullable Long organisationId;

	@Enumerated(EnumType.STRING)
	private @Nullable MembershipStatus membershipStatus;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Instant createdAt;

	private @Nullable String termsVersion;

	private @Nullable Instant termsAcceptedAt;

	@Version
	private long version;

	protected Account() {
		this.email = "";
		this.displayName = "";
		this.passwordHash = "";
		this.createdAt = Instant.EPOCH;
	}

	private Account(String email, String displayName, @Nullable String phone, String passwordHash,
			Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.phone = phone;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	/** Someone on their own: platform staff, or a person whose join request was declined. */
	static Account unaffiliated(String email, String displayName, @Nullable String phone, String passwordHash,
			Instant now) {
		return new Account(email, displayName, phone, passwordHash, now);
	}

	/** The person who registered an organisation: its first member and admin. */
	static Account founder(String email, String displayName, @Nullable String phone, String passwordHash,
			long organisationId, Instant now) {
		Account account = new Account(email, displayName, phone, passwordHash, now);
		account.organisationId = organisationId;
		account.membershipStatus = MembershipStatus.ACTIVE;
		account.roles.add(Role.MEMBER);
		account.roles.add(Role.ORG_ADMIN);
		return account;
	}

	/** Someone asking to join an existing organisation: no role until an admin approves. */
	static Account applicant(String email, String displayName, @Nullable String phone, String passwordHash,
			long organisationId, Instant now) {
		Account account = new Account(email, displayName, phone, passwordHash, now);
		account.organisationId = organisationId;
		account.membershipStatus = MembershipStatus.PENDING;
		return account;
	}

	/** Records the consent given at registration (PIPL): which version of the terms, and when. */
	void acceptTerms(@Nullable String version, Instant now) {
		if (version != null) {
			this.termsVersion = version;
			this.termsAcceptedAt = now;
		}
	}

	boolean isPendingAt(long organisation) {
		return this.membershipStatus == MembershipStatus.PENDING && this.organisationId != null
				&& this.organisationId == organisation;
	}

	boolean isActiveMemberOf(long organisation) {
		return this.membershipStatus == MembershipStatus.ACTIVE && this.organisationId != null
				&& this.organisationId == organisation;
	}

	void approveMembership() {
		this.membershipStatus = MembershipStatus.ACTIVE;
		this.roles.add(Role.MEMBER);
	}

	/** A declined request leaves the person without organisation; they may still sign in. */
	void declineMembership() {
		this.organisationId = null;
		this.membershipStatus = null;
	}

	boolean grant(Role role) {
		return this.roles.add(role);
	}

	boolean revoke(Role role) {
		return this.roles.remove(role);
	}

	void changePasswordHash(String hash) {
		this.passwordHash = hash;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("The account has not been saved yet");
		}
		return this.id;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	@Nullable String phone() {
		return this.phone;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	@Nullable Long organisationId() {
		return this.organisationId;
	}

	@Nullable MembershipStatus membershipStatus() {
		return this.membershipStatus;
	}

	Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Member asMember() {
		return new Member(id(), this.displayName, this.email, this.phone,
				this.membershipStatus != null ? this.membershipStatus : MembershipStatus.PENDING, roles(),
				this.createdAt);
	}

}
