package org.hengqiao.posting;

/** How far a technology has come (成熟阶段); the pilot stage covers both 小试 and 中试. */
public enum MaturityStage {

	LABORATORY, PILOT, INDUSTRIALISED

}
