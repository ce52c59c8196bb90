package org.hengqiao.matching;

/**
 * How strong a match is, read off its calibrated {@link Match#strength()} (docs/benchmarks.md, "Match bands").
 * The portal shows strong, good and fair matches; weak ones wait behind "show more".
 */
public enum MatchBand {

	/** 强: at least 85 — on every CSL query set at least nine in ten such matches were relevant. */
	STRONG(85),

	/** 较强: at least 60. */
	GOOD(60),

	/** 一般: at least 35. */
	FAIR(35),

	/** Below fair: shown only on request. */
	WEAK(0);

	private final int from;

	MatchBand(int from) {
		this.from = from;
	}

	/** The lowest strength in this band. */
	public int from() {
		return this.from;
	}

	/** The band a strength (0–100) falls in. */
	public static MatchBand of(int strength) {
		for (MatchBand band : values()) {
			if (strength >= band.from) {
				return band;
			}
		}
		return WEAK;
	}

}
