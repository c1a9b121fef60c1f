/** The decision record: an append-only, hash-chained log of every decision, written in the decision's own transaction. */
@ApplicationModule(displayName = "Decision record")
package org.coproduce.record;

import org.springframework.modulith.ApplicationModule;
