package org.hengqiao.organisation;

/** Enterprise size as in the national classification of SMEs (大中小微型企业划型标准). */
public enum OrganisationSize {

	MICRO, SMALL, MEDIUM, LARGE

}
