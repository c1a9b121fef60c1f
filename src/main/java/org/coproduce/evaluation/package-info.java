/** Evaluation of opened bids: compliance, conflicts with bidders, blind scoring, moderation and the weighted ranking. */
@ApplicationModule(displayName = "Evaluation")
package org.coproduce.evaluation;

import org.springframework.modulith.ApplicationModule;
