package org.hengqiao.notification;

/** How a person wants notifications e-mailed. */
enum EmailMode {

	/** One e-mail per notification, sent at once. */
	IMMEDIATE,

	/** One e-mail a day listing the day's notifications. */
	DAILY_DIGEST,

	/** In the portal only. */
	NONE

}
