/**
 * Hybrid matching of needs against results and back, and of a visitor's free text against results: lexical and
 * semantic candidates from the search module fused in the application, a field vote, structured compatibility
 * (cooperation modes, industry cluster and field, maturity, price against budget, region) and an explanation of
 * every match computed from the data.
 */
@NullMarked
package org.hengqiao.matching;

import org.jspecify.annotations.NullMarked;
