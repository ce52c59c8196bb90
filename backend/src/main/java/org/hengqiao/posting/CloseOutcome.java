package org.hengqiao.posting;

/** Why a posting was closed: a match was made (技术合同), or the owner gave up on it. */
public enum CloseOutcome {

	MATCHED, CANCELLED

}
