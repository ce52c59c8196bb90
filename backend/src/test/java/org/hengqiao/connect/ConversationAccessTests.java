package org.hengqiao.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.util.ReflectionTestUtils;

/** Who reads a conversation: its two organisations, and a broker only if some oversight says so. */
class ConversationAccessTests {

	private final ConversationRecords records = mock(ConversationRecords.class);

	private final Actor broker = new Actor(50, "经纪人", null, false, Set.of(Role.BROKER));

	private Conversation conversation;

	@BeforeEach
	void setUp() {
		Interest interest = new Interest(10, 1, 2, null, "想合作", 3, null, Instant.EPOCH);
		ReflectionTestUtils.setField(interest, "id", 7L);
		this.conversation = new Conversation(interest, Instant.EPOCH);
		ReflectionTestUtils.setField(this.conversation, "id", 5L);
		when(this.records.findById(5L)).thenReturn(Optional.of(this.conversation));
		when(this.records.findForUpdate(5L)).thenReturn(Optional.of(this.conversation));
	}

	@Test
	void withoutOversightOnlyTheTwoOrganisationsRead() {
		ConversationAccess access = access(new StaticListableBeanFactory());
		assertThat(access.readable(member(1), 5)).isSameAs(this.conversation);
		assertThat(access.readable(member(2), 5)).isSameAs(this.conversation);
		assertThatThrownBy(() -> access.readable(member(3), 5)).isInstanceOf(ConversationNotFound.class);
		assertThatThrownBy(() -> access.readable(this.broker, 5)).as("a broker without oversight")
			.isInstanceOf(ConversationNotFound.class);
	}

	@Test
	void anOverseeingBrokerReadsButDoesNotWrite() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("oversight", (ConversationOversight) (brokerId, conversationId) -> brokerId == 50
				&& conversationId == 5);
		ConversationAccess access = access(beans);
		assertThat(access.readable(this.broker, 5)).isSameAs(this.conversation);
		assertThatThrownBy(() -> access.participating(this.broker, 5)).isInstanceOf(NotAllowed.class);
		Actor otherBroker = new Actor(51, "另一经纪人", null, false, Set.of(Role.BROKER));
		assertThatThrownBy(() -> access.readable(otherBroker, 5)).isInstanceOf(ConversationNotFound.class);
	}

	private ConversationAccess access(StaticListableBeanFactory beans) {
		return new ConversationAccess(this.records, beans.getBeanProvider(ConversationOversight.class), new Actors());
	}

	private static Actor member(long organisationId) {
		return new Actor(organisationId * 100, "成员", organisationId, true, Set.of(Role.MEMBER));
	}

}
