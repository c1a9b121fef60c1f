/** Commissioning cases: one per commissioned service, from need to review, with its reference and budget envelope. */
@ApplicationModule(displayName = "Commissioning cases")
package org.coproduce.commissioning;

import org.springframework.modulith.ApplicationModule;
