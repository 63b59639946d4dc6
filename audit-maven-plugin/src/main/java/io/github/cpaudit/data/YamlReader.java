package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.model.Source;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the project's YAML files ({@code audit.yaml}, indicator systems) as a tree that keeps the
 * line of every value, so that a wrong value is reported at its line, e.g.
 * {@code audit.yaml:12 列“baseline_year”: 不是数字（not a number）…}. Getters add a
 * {@link Problem} and return empty instead of throwing, so one read reports every problem.
 */
public final class YamlReader {

    /** A value in the tree: its node, its path of keys (for messages) and its line. */
    public record Value(Node node, String path, Source source) {

        public Location at() {
            return source.cell(path.isEmpty() ? null : path);
        }
    }

    private final DataProblems problems;

    public YamlReader(DataProblems problems) {
        this.problems = problems;
    }

    /** The document's root, or empty when the file is missing or not valid YAML (reported). */
    public Optional<Value> read(Path path, String shownName) {
        Location fileLocation = new Source(shownName, "", 0).cell(null);
        if (!Files.isRegularFile(path)) {
            problems.add(Problem.data(fileLocation, "missing file", "找不到文件", "项目中有这个文件", "没有"));
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                problems.add(Problem.data(fileLocation, "empty file", "文件为空", "YAML 内容", "空文件"));
                return Optional.empty();
            }
            return Optional.of(new Value(root, "", new Source(shownName, "", line(root))));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(Problem.data(new Source(shownName, "", line).cell(null), "invalid yaml",
                    "YAML 格式错误", "合法的 YAML（冒号后留空格，缩进用空格）", String.valueOf(e.getProblem())));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.data(fileLocation, "unreadable file", "无法读取文件", "UTF-8 编码的文本文件",
                    String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** The value under {@code key}; empty when absent, which is a problem when {@code required}. */
    public Optional<Value> get(Value map, String key, boolean required) {
        if (!(map.node() instanceof MappingNode mapping)) {
            problems.add(Problem.data(map.at(), "not a mapping", "不是“键: 值”的结构", "键: 值 的映射", kind(map.node())));
            return Optional.empty();
        }
        String path = map.path().isEmpty() ? key : map.path() + "." + key;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                Node node = tuple.getValueNode();
                return Optional.of(new Value(node, path, new Source(map.source().file(), "", line(node))));
            }
        }
        if (required) {
            problems.add(Problem.data(map.source().cell(path), "missing key", "缺少必填项",
                    "有“" + key + "”", "没有"));
        }
        return Optional.empty();
    }

    /** The items of a list; empty (with a problem) when the value is not a list. */
    public List<Value> items(Value list) {
        if (!(list.node() instanceof SequenceNode sequence)) {
            problems.add(Problem.data(list.at(), "not a list", "不是列表", "以“- ”开头的列表", kind(list.node())));
            return List.of();
        }
        List<Value> items = new ArrayList<>();
        for (Node node : sequence.getValue()) {
            items.add(new Value(node, list.path() + "[" + (items.size() + 1) + "]",
                    new Source(list.source().file(), "", line(node))));
        }
        return items;
    }

    /** A single value as text; empty (with a problem) for a list or a mapping. */
    public Optional<String> text(Value value) {
        if (value.node() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(Problem.data(value.at(), "not a value", "不是单个值", "文字或数字", kind(value.node())));
        return Optional.empty();
    }

    /** A single value as an exact decimal (full-width digits accepted). */
    public Optional<BigDecimal> decimal(Value value) {
        return text(value).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(TableValidator.halfWidth(text)));
            } catch (NumberFormatException e) {
                problems.add(Problem.data(value.at(), "not a number", "不是数字", "一个数", text));
                return Optional.empty();
            }
        });
    }

    /** A yes/no value: true/false, yes/no, 是/否. */
    public Optional<Boolean> bool(Value value) {
        return text(value).flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "是" -> Optional.of(Boolean.TRUE);
            case "false", "no", "否" -> Optional.of(Boolean.FALSE);
            default -> {
                problems.add(Problem.data(value.at(), "not yes or no", "不是“是”或“否”", "true/false 或 是/否", text));
                yield Optional.empty();
            }
        });
    }

    /** Reports a problem found by the caller at a value. */
    public void problem(Value value, String key, String what, String expected, String found) {
        problems.add(Problem.data(value.at(), key, what, expected, found));
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static String kind(Node node) {
        return node instanceof MappingNode ? "“键: 值”结构" : node instanceof SequenceNode ? "列表" : "单个值";
    }
}
