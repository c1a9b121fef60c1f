package org.coproduce.tender;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param submissionPeriod how long suppliers get to bid, counted from when the documents are
 *     generated; the documents state the resulting deadline ({@code coproduce.tender-documents.submission-period})
 * @param publicBaseUrl the public address of this installation, printed in the documents (where to bid)
 */
@ConfigurationProperties("coproduce.tender-documents")
public record TenderDocumentProperties(@DefaultValue("P30D") Duration submissionPeriod,
    @DefaultValue("http://localhost:8080") String publicBaseUrl) {
}
