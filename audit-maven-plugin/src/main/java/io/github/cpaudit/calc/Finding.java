package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;

/**
 * A finding about an enterprise for the report and {@code audit:check} (not a build warning).
 *
 * @param enterprise the enterprise id
 * @param kind       淘汰类, 限制类 or 有毒有害原料无替代计划
 * @param text       the finding in Chinese, naming the enterprise and the item
 * @param source     the row it comes from
 */
public record Finding(String enterprise, String kind, String text, Source source) {
}
