package io.github.cpaudit.init;

import java.time.Year;

/** The texts of the files {@code audit:init} writes from the writer's answers (pom, audit.yaml, .gitignore). */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static String pom(ScaffoldRequest request) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <name>%s%s行业整体清洁生产审核报告</name>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <!-- draft（草稿，默认）：未填写的空白和缺少的数据以醒目底色显示并给出警告；
                         final（定稿）：它们都是错误，报告不发布 -->
                    <audit.mode>draft</audit.mode>
                  </properties>

                  <build>
                    <plugins>
                      <!-- mvn audit:report 发布 HTML 和 PDF；mvn audit:check 检查数据和完成情况 -->
                      <plugin>
                        <groupId>io.github.cpaudit</groupId>
                        <artifactId>audit-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(request.groupId(), request.artifactId(), orBlank(request.region(), "〈地区〉"),
                orBlank(request.industry(), "〈行业〉"), request.pluginVersion());
    }

    static String auditYaml(ScaffoldRequest request) {
        int year = request.baselineYear() != null ? request.baselineYear() : Year.now().getValue() - 1;
        return """
                # 审核项目基本信息。各项的含义和可选写法见工具包 README“项目数据”一节。
                industry:
                  name: %s
                  code: %s            # GB/T 4754-2017 小类代码，如 C3360
                region: %s
                baseline_year: %d
                organizer: 待填写（组织单位，如 某市生态环境局）
                consultant: 待填写（技术服务单位）
                # indicator_system: indicators/行业清洁生产评价指标体系.yaml   # 选定评价指标体系后填写

                team: []          # 审核工作组（工作表1-1），每人一行，写法如下（去掉 [] 和行首的 #）：
                  # - {name: 张三, role: 组长, organization: 某市生态环境局, title: 副局长, major: 环境管理, duty: 统筹协调, time: 全程}

                schedule: []      # 审核工作计划（工作表1-2），写法如下：
                  # - {phase: 前期准备, work: 组建审核组、制定工作计划、宣传培训, start: 2026-03-01, end: 2026-03-31, owner: 审核组, output: 审核工作计划}

                factors:
                  grid:
                    region: 全国   # 按规则选用不晚于基准年的最新全国电网平均排放因子

                economics:
                  discount_rate: 8      # %%
                  tax_rate: 25          # %%
                  # cost_classes: {low_max: 5, medium_max: 50}   # 万元：无/低费、中费的上限（有中/高费方案时必填）
                  # accepted_payback: {medium: 3, high: 10}       # 年

                balance_tolerance: 5    # %%，物料平衡偏差超过即列为审核发现
                rounding: half-even     # GB/T 8170 四舍六入五成双

                # reference:
                #   emission_limits: reference/排放标准.yaml      # 注明出处
                #   energy_limits: reference/能耗限额.yaml
                """.formatted(orBlank(request.industry(), "待填写"), orBlank(request.industryCode(), "待填写"),
                orBlank(request.region(), "待填写"), year);
    }

    static String gitignore() {
        return "# 构建输出（发布的 HTML、PDF 和检查结果）\ntarget/\n";
    }

    private static String orBlank(String value, String blank) {
        return value == null || value.isBlank() ? blank : value.strip();
    }
}
