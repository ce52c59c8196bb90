/**
 * Demo data for the run command: Hengyang's universities, a research institute, a technology-transfer agency and
 * enterprises of the city's industry clusters, with their people, needs and results. Everything is created through
 * the same services the portal uses, acting as the people who would do it, so demo data obeys every rule.
 */
@NullMarked
package org.hengqiao.demo;

import org.jspecify.annotations.NullMarked;
