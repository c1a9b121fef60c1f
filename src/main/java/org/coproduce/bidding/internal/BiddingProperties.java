package org.coproduce.bidding.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Sealed-bid settings ({@code coproduce.bidding.*}).
 *
 * @param masterKey base64 of the 256-bit AES master key that wraps every tender's data key
 *     ({@code COPRODUCE_BIDDING_MASTER_KEY}); required outside the demo profile
 * @param maxDocuments how many documents one bid may carry
 * @param maxDocumentSize the largest document (decoded bytes)
 */
@ConfigurationProperties("coproduce.bidding")
public record BiddingProperties(String masterKey, @DefaultValue("10") int maxDocuments,
    @DefaultValue("10MB") DataSize maxDocumentSize) {
}
