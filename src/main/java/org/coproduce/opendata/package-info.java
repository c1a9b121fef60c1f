/** Open data: each case as an OCDS 1.1 release package, from planning to implementation, nothing sealed before opening. */
@ApplicationModule(displayName = "Open data (OCDS)")
package org.coproduce.opendata;

import org.springframework.modulith.ApplicationModule;
