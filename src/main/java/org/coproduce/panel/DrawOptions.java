package org.coproduce.panel;

import java.util.Map;

/**
 * Optional inputs of a draw.
 *
 * @param seed the seed to draw with, e.g. numbers drawn in public; {@code null}: a fresh random seed
 * @param quotas min/max seats per category and value; {@code null}: the configured quotas
 */
public record DrawOptions(String seed, Map<String, Map<String, Quota>> quotas) {

  public static final DrawOptions DEFAULTS = new DrawOptions(null, null);
}
