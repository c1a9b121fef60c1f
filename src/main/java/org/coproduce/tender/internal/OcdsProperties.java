package org.coproduce.tender.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open Contracting identifiers ({@code coproduce.ocds.*}): every case's ocid is
 * {@code <prefix>-<caseRef>}, the prefix being the publisher's registered OCDS prefix.
 */
@ConfigurationProperties("coproduce.ocds")
public record OcdsProperties(@DefaultValue("ocds-cpr001") String prefix) {

  public String ocid(String caseRef) {
    return prefix + "-" + caseRef;
  }
}
