/** Tenders: the documents generated from the agreed specification, publication with frozen criteria, the open-tender listing. */
@ApplicationModule(displayName = "Tender")
package org.coproduce.tender;

import org.springframework.modulith.ApplicationModule;
