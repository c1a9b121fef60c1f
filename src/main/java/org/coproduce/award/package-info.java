/** Award: the panel's recommendation, award approval, standstill, challenges and the contract. */
@ApplicationModule(displayName = "Award")
package org.coproduce.award;

import org.springframework.modulith.ApplicationModule;
