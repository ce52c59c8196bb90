package org.hengqiao.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal uses history-mode routes: a deep link such as {@code /needs/42} must load the single-page app, which
 * then renders the route. API, documentation and static asset paths are not matched here.
 */
@Controller
class PortalRoutes {

	private static final String PAGE = "{page:(?!api$|actuator$|v3$|swagger-ui$|assets$)[a-z][a-z-]*}";

	@GetMapping({ "/", "/" + PAGE, "/" + PAGE + "/**" })
	String portal() {
		return "forward:/index.html";
	}

}
