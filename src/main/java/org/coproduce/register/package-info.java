/** The public register: server-rendered pages of tenders, cases and their decision timelines, no login, no JavaScript. */
@ApplicationModule(displayName = "Public register")
package org.coproduce.register;

import org.springframework.modulith.ApplicationModule;
