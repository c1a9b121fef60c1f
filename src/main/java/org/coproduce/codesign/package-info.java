/** Co-design: members' needs, the needs assessment, the specification and award criteria, and the panel's votes. */
@ApplicationModule(displayName = "Co-design")
package org.coproduce.codesign;

import org.springframework.modulith.ApplicationModule;
