/**
 * The operator's to-do board: how much waits for an operator across the platform (organisations to verify,
 * postings to moderate, disputed deals, overdue broker follow-ups, e-mails and imports that failed recently).
 * It only counts rows the owning modules keep, read-only, so it depends on no module's Java internals.
 */
@NullMarked
package org.hengqiao.operations;

import org.jspecify.annotations.NullMarked;
