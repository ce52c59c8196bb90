package org.hengqiao.organisation;

public enum OrganisationType {

	ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, SERVICE_AGENCY, GOVERNMENT

}
