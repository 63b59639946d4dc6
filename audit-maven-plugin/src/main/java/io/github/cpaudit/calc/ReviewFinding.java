package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;
import java.util.List;

/**
 * A finding a reviewer must not miss (审核发现): report content, not a build warning.
 *
 * @param enterprise the enterprise id
 * @param kind       淘汰类, 限制类, 有毒有害原料无替代计划, 超许可, 超能耗限额 or 平衡偏差超限
 * @param text       the finding in Chinese, as the findings table prints it
 * @param sources    the rows it comes from, the most telling first
 */
public record ReviewFinding(String enterprise, String kind, String text, List<Source> sources) {

    public ReviewFinding {
        sources = List.copyOf(sources);
    }
}
