package org.coproduce.evaluation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Evaluation settings ({@code coproduce.evaluation.*}, docs/evaluation.md).
 *
 * @param scaleMax the top of the scoring scale, from 0 ({@code COPRODUCE_EVALUATION_SCALE_MAX}); a
 *     tender keeps the value it started its evaluation with
 * @param moderationSpread scores of one bid on one criterion whose highest and lowest differ by
 *     more than this many points are flagged for moderation ({@code COPRODUCE_EVALUATION_MODERATION_SPREAD})
 * @param minJustificationLength the fewest characters a justification of a score may have
 *     ({@code COPRODUCE_EVALUATION_MIN_JUSTIFICATION_LENGTH})
 */
@ConfigurationProperties("coproduce.evaluation")
public record EvaluationProperties(@DefaultValue("10") int scaleMax, @DefaultValue("3") int moderationSpread,
    @DefaultValue("20") int minJustificationLength) {

  public EvaluationProperties {
    if (scaleMax < 1 || scaleMax > 100) {
      throw new IllegalArgumentException("coproduce.evaluation.scale-max must be from 1 to 100, not " + scaleMax);
    }
    if (moderationSpread < 0 || moderationSpread > scaleMax) {
      throw new IllegalArgumentException("coproduce.evaluation.moderation-spread must be from 0 to the scale maximum "
          + scaleMax + ", not " + moderationSpread);
    }
    if (minJustificationLength < 1 || minJustificationLength > 1000) {
      throw new IllegalArgumentException(
          "coproduce.evaluation.min-justification-length must be from 1 to 1000, not " + minJustificationLength);
    }
  }
}
