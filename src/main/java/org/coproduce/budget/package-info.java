/** Budget lines and commitments: no tender without an approved line, never committed beyond its amount. */
@ApplicationModule(displayName = "Budget")
package org.coproduce.budget;

import org.springframework.modulith.ApplicationModule;
