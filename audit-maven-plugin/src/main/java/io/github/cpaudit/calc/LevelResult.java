package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise's cleaner-production level (worksheet 2-10).
 *
 * @param enterprise   the enterprise's name
 * @param scores       Y_gk per benchmark level, best first, full precision (0–100)
 * @param level        the level's name, or the rule set's "below all" name
 * @param description  the level's meaning (e.g. 国内清洁生产先进水平), or empty
 * @param ruleIndex    the index of the rule that held, or -1 when none did
 * @param limitingMet  per benchmark level: does every applicable limiting indicator meet it
 * @param indicators   how each indicator counted, in the system's order
 * @param warnings     warnings for the writer (missing values scored 0): in final mode the caller
 *                     turns a non-empty list into errors
 */
public record LevelResult(String enterprise, List<BigDecimal> scores, String level, String description,
        int ruleIndex, List<Boolean> limitingMet, List<IndicatorScore> indicators, List<String> warnings) {

    public LevelResult {
        scores = List.copyOf(scores);
        limitingMet = List.copyOf(limitingMet);
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }

    /** Some applicable indicator had no value and scored 0 (an open item; an error in final mode). */
    public boolean hasMissingValues() {
        return indicators.stream().anyMatch(score -> score.status() == IndicatorScore.Status.MISSING);
    }

    public BigDecimal score(int level) {
        return scores.get(level);
    }

    /** Where the values came from. */
    public List<Source> sources() {
        return indicators.stream().map(IndicatorScore::value).filter(Objects::nonNull)
                .map(value -> value.source()).filter(Objects::nonNull).toList();
    }
}
