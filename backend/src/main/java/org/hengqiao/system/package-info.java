/**
 * Cross-cutting infrastructure: security, error responses, locale, the portal's routes, health and start-up logging.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.hengqiao.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
