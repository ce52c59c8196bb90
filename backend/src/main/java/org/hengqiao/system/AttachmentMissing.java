package org.hengqiao.system;

/** No file is stored under the key: it was deleted, or the key never existed. */
public class AttachmentMissing extends DomainException {

	public AttachmentMissing() {
		super(Kind.NOT_FOUND, "attachmentMissing");
	}

}
