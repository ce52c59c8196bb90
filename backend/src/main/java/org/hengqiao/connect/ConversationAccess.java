package org.hengqiao.connect;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read a conversation: members of its two organisations, and a broker some {@link ConversationOversight}
 * says oversees it. Nobody else learns that it exists (404), operators included: conversations are private to
 * the parties. Only the two organisations write in it.
 */
@Component
class ConversationAccess {

	private final ConversationRecords conversations;

	private final ObjectProvider<ConversationOversight> oversight;

	private final Actors actors;

	ConversationAccess(ConversationRecords conversations, ObjectProvider<ConversationOversight> oversight,
			Actors actors) {
		this.conversations = conversations;
		this.oversight = oversight;
		this.actors = actors;
	}

	/** A conversation the acting person may read. */
	Conversation readable(Actor actor, long id) {
		return this.conversations.findById(id)
			.filter(conversation -> mayRead(actor, conversation))
			.orElseThrow(() -> new ConversationNotFound(id));
	}

	/** A conversation the acting person takes part in, locked for a change. */
	Conversation participating(Actor actor, long id) {
		Conversation conversation = this.conversations.findForUpdate(id)
			.filter(found -> mayRead(actor, found))
			.orElseThrow(() -> new ConversationNotFound(id));
		if (!isParty(actor, conversation)) {
			throw new NotAllowed();
		}
		return conversation;
	}

	Actor actor() {
		return this.actors.required();
	}

	static boolean isParty(Actor actor, Conversation conversation) {
		return actor.organisationId() != null && conversation.involves(actor.organisationId());
	}

	private boolean mayRead(Actor actor, Conversation conversation) {
		return isParty(actor, conversation) || (actor.isBroker() && this.oversight.orderedStream()
			.anyMatch(oversight -> oversight.oversees(actor.accountId(), conversation.id())));
	}

}
