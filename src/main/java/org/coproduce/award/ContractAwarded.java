package org.coproduce.award;

import java.util.UUID;

/** Published synchronously, inside the transaction that awards the contract. */
public record ContractAwarded(UUID tenderId, String caseRef, UUID contractId) {
}
