package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** No such conversation, or the caller may not read it: its existence is not revealed. */
public class ConversationNotFound extends DomainException {

	ConversationNotFound(long id) {
		super(Kind.NOT_FOUND, "conversationNotFound", id);
	}

}
