/** Engine glue: delegates, process variables, process starters, identity and security on the Camunda engine. */
@ApplicationModule(displayName = "Process engine glue")
package org.coproduce.process;

import org.springframework.modulith.ApplicationModule;
