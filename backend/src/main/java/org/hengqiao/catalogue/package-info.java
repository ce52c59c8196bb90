/**
 * Reference vocabularies postings are filed under: the two-level technical field taxonomy (技术领域). Other modules
 * validate and name field codes through {@link org.hengqiao.catalogue.TechnicalFields}.
 */
@NullMarked
package org.hengqiao.catalogue;

import org.jspecify.annotations.NullMarked;
