package org.coproduce.commissioning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currency ISO 4217 currency of envelopes and budget lines ({@code COPRODUCE_CURRENCY})
 * @param refPrefix prefix of case references, e.g. {@code C} gives {@code C-2026-001}
 */
@ConfigurationProperties("coproduce.commissioning")
public record CommissioningProperties(@DefaultValue("CAD") String currency, @DefaultValue("C") String refPrefix) {
}
