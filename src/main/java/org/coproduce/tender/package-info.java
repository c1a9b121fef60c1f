/** Tenders: publication with frozen award criteria, the open-tender listing, and the tender documents. */
@ApplicationModule(displayName = "Tender")
package org.coproduce.tender;

import org.springframework.modulith.ApplicationModule;
