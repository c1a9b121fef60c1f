/** The demo data set for the zero-setup run: demo logins, a volunteer pool, an open tender. Never in production. */
@ApplicationModule(displayName = "Demo data")
package org.coproduce.demo;

import org.springframework.modulith.ApplicationModule;
