package org.coproduce.bidding;

/** A document attached to an opened bid. */
public record BidDocument(String name, String mediaType, byte[] content, String sha256) {
}
