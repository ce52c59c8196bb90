package org.hengqiao.account;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Roles as Spring Security authorities ({@code ROLE_OPERATOR}, …), for method security and actuator rules. */
final class AccountAuthorities {

	private AccountAuthorities() {
	}

	static List<GrantedAuthority> of(Set<Role> roles) {
		return roles.stream()
			.sorted()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

}
