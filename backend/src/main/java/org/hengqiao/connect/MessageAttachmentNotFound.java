package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** No file with this id in the conversation. */
public class MessageAttachmentNotFound extends DomainException {

	MessageAttachmentNotFound(long id) {
		super(Kind.NOT_FOUND, "messageAttachmentNotFound", id);
	}

}
