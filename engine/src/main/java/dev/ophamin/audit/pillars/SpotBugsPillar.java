package dev.ophamin.audit.pillars;

import dev.ophamin.audit.AuditTarget;
import dev.ophamin.audit.Finding;
import dev.ophamin.audit.PillarException;
import dev.ophamin.audit.PillarSettings;
import dev.ophamin.audit.Severity;
import dev.ophamin.audit.InProcessPillar;
import dev.ophamin.canonical.JsonObject;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SpotBugs, in-process, at default effort and normal confidence, over the {@code *.class} files
 * under the target, or over its {@code *.jar} archives when it has no class files (a build's own
 * classes, not the dependency-laden jars packaged from them). Findings point at the source file
 * when the target holds it, else at the source path the class file names.
 */
public final class SpotBugsPillar extends InProcessPillar {

    public SpotBugsPillar() {
        super("spotbugs", "bug rank 1-4 (scariest) -> critical, 5-9 (scary) -> high, 10-14 (troubling) -> medium, "
                + "15-20 (of concern) -> low", false);
    }

    @Override
    public String toolVersion() {
        String v = edu.umd.cs.findbugs.Version.VERSION_STRING;
        // the version is read from the jar manifest, which the CLI's single jar does not keep
        return "spotbugs " + (v == null || v.contains("Unknown") ? dev.ophamin.build.BuildInfo.spotbugs() : v);
    }

    @Override
    protected List<Path> files(AuditTarget target) {
        List<Path> classes = target.filesEndingWith(".class");
        return classes.isEmpty() ? target.filesEndingWith(".jar") : classes;
    }

    @Override
    protected void describe(AuditTarget target, PillarSettings settings, JsonObject.Builder extra) {
        extra.put("inputs", target.filesEndingWith(".class").isEmpty() ? "jars" : "class files")
                .put("effort", "default").put("confidence", "normal");
    }

    @Override
    protected List<Finding> analyse(AuditTarget target, List<Path> classes, PillarSettings settings) throws Exception {
        List<String> sources = target.filesEndingWith(".java").stream()
                .map(p -> target.base().relativize(p).toString().replace('\\', '/')).toList();
        StringWriter log = new StringWriter();
        List<BugInstance> bugs = new ArrayList<>();
        try (Project project = new Project(); FindBugs2 engine = new FindBugs2()) {
            classes.forEach(c -> project.addFile(c.toString()));
            BugCollectionBugReporter reporter = new BugCollectionBugReporter(project, new PrintWriter(log));
            reporter.setPriorityThreshold(Priorities.NORMAL_PRIORITY);
            engine.setBugReporter(reporter);
            engine.setProject(project);
            engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
            UserPreferences prefs = UserPreferences.createDefaultUserPreferences();
            prefs.setEffort(UserPreferences.EFFORT_DEFAULT);
            engine.setUserPreferences(prefs);
            engine.finishSettings();
            engine.execute();
            bugs.addAll(reporter.getBugCollection().getCollection());
        } catch (java.io.IOException e) {
            throw new PillarException("SpotBugs: " + e.getMessage(), e);
        }
        List<Finding> out = new ArrayList<>();
        for (BugInstance b : bugs) {
            SourceLineAnnotation line = b.getPrimarySourceLineAnnotation();
            String path = sourceIn(sources, line.getSourcePath());
            out.add(new Finding(name(), b.getType(), severity(b.getBugRank()), b.getMessageWithoutPrefix(), path,
                    Math.max(0, line.getStartLine()), 0, JsonObject.builder().put("rank", (long) b.getBugRank())
                    .put("confidence", (long) b.getPriority()).put("category", b.getBugPattern().getCategory())
                    .put("class", line.getClassName()).build()));
        }
        return out;
    }

    /** The target's source file for a class's {@code package/File.java}, else that path itself. */
    static String sourceIn(List<String> sources, String sourcePath) {
        for (String s : sources) {
            if (s.equals(sourcePath) || s.endsWith("/" + sourcePath)) {
                return s;
            }
        }
        return sourcePath;
    }

    static Severity severity(int rank) {
        if (rank <= 4) {
            return Severity.CRITICAL;
        }
        if (rank <= 9) {
            return Severity.HIGH;
        }
        if (rank <= 14) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }
}
