/** Co-produced review: the panel reviews the delivered service against the outcomes it co-designed. */
@ApplicationModule(displayName = "Service review")
package org.coproduce.review;

import org.springframework.modulith.ApplicationModule;
