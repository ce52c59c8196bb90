package org.hengqiao.posting;

public enum PostingKind {

	/** A technology need (技术需求) posted by an enterprise. */
	NEED,

	/** A research result (科技成果) offered by a university or institute. */
	RESULT

}
