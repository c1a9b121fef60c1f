package org.coproduce.notification;

/**
 * A dispatch in which every notice of the batch is now sent.
 *
 * @param total notices in the batch
 * @param sentNow sent by this dispatch
 * @param sentBefore already sent by an earlier dispatch (not sent again)
 */
public record DispatchResult(String batchKey, int total, int sentNow, int sentBefore) {
}
