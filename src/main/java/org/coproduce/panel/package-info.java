/**
 * Panels and people: citizen volunteers, officials, each case's mixed panel, conflict declarations,
 * the composition rule, the fair draw of citizen seats (sortition) and the double-majority rule.
 */
@ApplicationModule(displayName = "Panels and people")
package org.coproduce.panel;

import org.springframework.modulith.ApplicationModule;
