/**
 * Organisations on the platform (enterprises, universities, institutes, service agencies, government
 * departments): their profile, unified social credit code, region, and verification by an operator.
 */
@NullMarked
package org.hengqiao.organisation;

import org.jspecify.annotations.NullMarked;
