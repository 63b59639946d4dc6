package io.github.cpaudit.intake;

import java.util.List;

/** The headers of the Appendix B list on a form's instruction sheet, which {@code audit:collect} reads back. */
final class ListHeaders {

    static final String ID = "编号";
    static final String CATEGORY = "资料类别";
    static final String ITEM = "资料项";
    static final String REQUIREMENT = "要求";
    static final String PLACE = "填写位置";
    static final String STATUS = "提供情况";
    static final String DATE = "提供日期";
    static final String REMARK = "说明";

    /** In the order the form prints them. */
    static final List<String> ALL = List.of(ID, CATEGORY, ITEM, REQUIREMENT, PLACE, STATUS, DATE, REMARK);

    private ListHeaders() {
    }
}
