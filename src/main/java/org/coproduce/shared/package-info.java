/** Shared kernel: business-rule errors, problem+json handling and the clock, used by every module. */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package org.coproduce.shared;

import org.springframework.modulith.ApplicationModule;
