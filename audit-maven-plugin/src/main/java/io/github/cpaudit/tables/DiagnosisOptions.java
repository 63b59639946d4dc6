package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The option fields of worksheet 3-2 for one enterprise: the options it takes part in (行业共性 for
 * 全体 or naming it, and its own), the implemented ones with their verified effects and the others
 * with their expected effects. An option several enterprises share shows their summed figures, so
 * its heading says how many they are.
 */
final class DiagnosisOptions {

    private static final String COMMON = "行业共性";

    private final ProjectView view;
    private final OptionTexts options;

    DiagnosisOptions(ProjectView view) {
        this.view = view;
        this.options = new OptionTexts(view);
    }

    /** 适用的行业共性方案与企业方案: the options the enterprise takes part in, with class and status. */
    String applicable(Enterprise enterprise) {
        List<String> common = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (OptionResult result : taking(enterprise, o -> true)) {
            Option option = result.option();
            String text = OptionTexts.title(option) + "（" + result.costClass().chinese() + "，" + option.status() + "）";
            (COMMON.equals(option.scope()) ? common : own).add(text);
        }
        List<String> parts = new ArrayList<>();
        if (!common.isEmpty()) {
            parts.add("行业共性方案：" + String.join("、", common));
        }
        if (!own.isEmpty()) {
            parts.add("企业方案：" + String.join("、", own));
        }
        return parts.isEmpty() ? "无" : String.join("；", parts);
    }

    /** 已实施方案效果: the implemented options with their verified effects. */
    String implemented(Enterprise enterprise) {
        List<String> parts = new ArrayList<>();
        for (OptionResult result : taking(enterprise, Option::implemented)) {
            String verified = options.effects(result.option(), true, "、");
            parts.add(heading(result.option()) + (verified.isEmpty() ? "实施效果尚未核定" : verified));
        }
        return parts.isEmpty() ? "无已实施方案" : String.join("；", parts);
    }

    /** 预期效益: the options not yet implemented with their expected effects and annual saving. */
    String expected(Enterprise enterprise) {
        List<String> parts = new ArrayList<>();
        for (OptionResult result : taking(enterprise, option -> !option.implemented())) {
            Option option = result.option();
            String effects = options.expected(option, "、");
            List<String> benefit = new ArrayList<>();
            if (!effects.isEmpty()) {
                benefit.add(effects);
            }
            if (option.annualSaving() != null) {
                benefit.add("年节省 " + view.formatter().format(option.annualSaving(), Kind.MONEY) + " 万元");
            }
            parts.add(heading(option) + (benefit.isEmpty() ? "未填写预期效果" : String.join("，", benefit)));
        }
        return parts.isEmpty() ? "无待实施方案" : String.join("；", parts);
    }

    private List<OptionResult> taking(Enterprise enterprise, Predicate<Option> which) {
        return view.results().options().stream().filter(result -> result.option().appliesTo(enterprise.id())
                && which.test(result.option())).toList();
    }

    /** F03 名称（11家合计）：— the figures of an option several enterprises share are their sum. */
    private String heading(Option option) {
        int n = options.enterpriseCount(option);
        return OptionTexts.title(option) + (n > 1 ? "（" + n + "家合计）" : "") + "：";
    }
}
