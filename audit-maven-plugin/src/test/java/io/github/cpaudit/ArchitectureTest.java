package io.github.cpaudit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of ARCHITECTURE.md, checked on the plugin's compiled classes: which package may
 * use which, no cycle between packages, and Maven types only in the goals.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.cpaudit";
    /** The package of the help goal that maven-plugin-plugin writes (audit:help): a goal too. */
    private static final String GENERATED_HELP = "audit_maven_plugin";

    /**
     * The packages each package may use besides itself and the root package, bottom to top. The
     * arrows of ARCHITECTURE.md; a new arrow is a design decision, made here and there together.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("problem", Set.of()),
            entry("model", Set.of("problem")),
            entry("data", Set.of("problem", "model")),
            entry("calc", Set.of("problem", "model")),
            entry("project", Set.of("problem", "data", "model")),
            entry("engine", Set.of("problem", "project", "calc", "data", "model")),
            entry("catalog", Set.of("problem", "engine")),
            entry("checklist", Set.of("problem", "catalog", "engine", "project", "calc", "data", "model")),
            entry("tables", Set.of("problem", "checklist", "catalog", "engine", "project", "calc", "data", "model")),
            entry("charts", Set.of("problem", "tables", "catalog", "engine", "calc", "model")),
            entry("values", Set.of("problem", "tables", "catalog", "engine", "calc", "model")),
            entry("fonts", Set.of("problem", "catalog")),
            entry("asciidoc", Set.of("problem", "fonts", "charts", "values", "tables", "catalog", "engine", "project", "calc",
                    "data", "model")),
            entry("docx", Set.of("problem")),
            entry("publish", Set.of("problem", "fonts", "asciidoc", "docx")),
            entry("check", Set.of("problem", "publish", "asciidoc", "checklist", "catalog", "engine", "project", "calc",
                    "data", "model")),
            entry("init", Set.of("problem", "tables", "catalog", "data")),
            entry("intake", Set.of("problem", "checklist", "catalog", "engine", "project", "data", "model")),
            entry("preview", Set.of("problem", "publish")),
            entry("explain", Set.of("problem", "values", "tables", "catalog", "engine", "calc")),
            entry("assessment", Set.of("problem", "tables", "engine", "project", "calc", "data", "model")),
            entry("mojo", Set.of("problem", "check", "publish", "preview", "init", "intake", "explain", "assessment",
                    "fonts", "catalog")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        List<String> violations = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        for (JavaClass origin : classes) {
            String from = part(origin);
            packages.add(from);
            if (from.isEmpty() || from.equals(GENERATED_HELP)) {
                continue;
            }
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                violations.add(from + ": a package ARCHITECTURE.md does not know (" + origin.getName() + ")");
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith(ROOT)) {
                    continue;
                }
                String to = part(target);
                if (!to.isEmpty() && !to.equals(from) && !allowed.contains(to)) {
                    violations.add(from + " → " + to + ": " + dependency.getDescription());
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(packages).containsAll(ALLOWED.keySet());
    }

    @Test
    void noCycleBetweenPackages() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheGoalsKnowMaven() {
        List<String> maven = new ArrayList<>();
        for (JavaClass origin : classes) {
            if (part(origin).equals("mojo") || part(origin).equals(GENERATED_HELP)) {
                continue;
            }
            origin.getDirectDependenciesFromSelf().stream()
                    .filter(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.apache.maven"))
                    .forEach(dependency -> maven.add(dependency.getDescription()));
        }
        assertThat(maven).isEmpty();
    }

    /** The package below the root a class lives in ({@code tables} for …tables.Row), "" for the root. */
    private static String part(JavaClass type) {
        String name = type.getPackageName();
        if (name.equals(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
