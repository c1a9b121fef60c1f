package org.coproduce.bidding.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bid's content, the part that stays sealed until the opening. Held in memory only while it is
 * encrypted on intake or after it was decrypted at the opening; never logged.
 *
 * @param price the price offered, 2 decimals
 * @param technicalResponse the answer to the specification
 * @param socialValueResponse the answer to the social-value criterion
 * @param documents attachments, possibly none
 */
record BidContent(BigDecimal price, String technicalResponse, String socialValueResponse, List<Document> documents) {

  record Document(String name, String mediaType, byte[] content) {
  }

  BidContent {
    price = price.setScale(2);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  @Override
  public String toString() {
    return "BidContent[sealed]"; // never let content reach a log line by accident
  }
}
