package dev.ophamin.export;

import dev.ophamin.DecodeException;
import dev.ophamin.analysis.ProofCorpus;
import dev.ophamin.regression.PairingKey;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.emit.RecordFiles;
import dev.ophamin.model.CampaignPhase;
import dev.ophamin.model.CampaignRecord;
import dev.ophamin.model.Outcome;
import dev.ophamin.model.ProofRecord;
import dev.ophamin.model.RecordFormatException;
import dev.ophamin.model.SignedRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Proofs as JUnit XML, so any CI shows claims as tests: one testcase per claim, grouped in one
 * testsuite per tier; VALIDATED passes, REFUTED is a failure, INCONCLUSIVE is skipped, a scenario
 * a campaign could not run is an error. Each case's message holds the claim, the threshold and
 * the verdict's reasoning. A campaign's corrected verdicts take precedence over the proofs' own.
 */
public final class JunitExport {
    /** One testcase. */
    public record Case(String suite, String className, String name, String outcome, String message, String detail) {
    }

    private JunitExport() {
    }

    /**
     * The cases of a proof file, a campaign file or a directory of proofs; IllegalArgumentException
     * naming the path when it is none of these or cannot be read.
     */
    public static List<Case> casesOf(Path path) {
        if (Files.isDirectory(path)) {
            List<Case> out = new ArrayList<>();
            for (ProofCorpus.Entry e : ProofCorpus.scan(path).entries()) {
                out.add(proofCase(e.proof(), path.resolve(e.path()), e.scenario(), e.tier(), e.corrected()));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(path + ": no proof records under this directory");
            }
            return out;
        }
        SignedRecord r = read(path);
        if (r instanceof ProofRecord p) {
            return List.of(proofCase(p, path, null));
        }
        if (r instanceof CampaignRecord c) {
            return campaignCases(c, path);
        }
        throw new IllegalArgumentException(path + ": a " + r.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " record has no claims to export (give a proof, a campaign or a directory of proofs)");
    }

    private static List<Case> campaignCases(CampaignRecord c, Path file) {
        Path base = file.toAbsolutePath().getParent();
        List<Case> out = new ArrayList<>();
        for (CampaignPhase ph : c.phases()) {
            if (!ph.wheel().equals("measuring")) {
                continue;
            }
            for (String rel : ph.artifactPaths()) {
                Path p = base.resolve(rel);
                SignedRecord r = read(p);
                if (r instanceof ProofRecord proof) {
                    JsonValue corrected = c.correctedVerdicts().get(proof.proofId());
                    out.add(proofCase(proof, p, corrected instanceof JsonString s ? s.value() : null));
                }
            }
            if (ph.summary().get("verdicts") instanceof JsonObject verdicts) {
                for (Map.Entry<String, JsonValue> e : verdicts.members().entrySet()) {
                    if (e.getValue() instanceof JsonString s && s.value().equals("FAILED")) {
                        out.add(new Case("campaign", "ophamin." + e.getKey(), e.getKey(), "ERROR",
                                "the scenario did not run to a verdict", ph.error() == null ? "" : ph.error()));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": the campaign names no proofs");
        }
        return out;
    }

    /** A proof read on its own: scenario and tier as a corpus would place it, from its file's path. */
    private static Case proofCase(ProofRecord p, Path file, String corrected) {
        Path rel = file.toAbsolutePath().normalize();
        Path from = rel.getNameCount() > 4 ? rel.subpath(rel.getNameCount() - 4, rel.getNameCount()) : rel.getFileName();
        return proofCase(p, file, PairingKey.scenario(p, from), ProofCorpus.tier(p, from), corrected);
    }

    private static Case proofCase(ProofRecord p, Path file, String scenario, String tier, String corrected) {
        Outcome own = p.verdict().outcome();
        String outcome = corrected != null ? corrected : own.name();
        String reasoning = p.verdict().reasoning()
                + (corrected != null && !corrected.equals(own.name()) ? " (corrected from " + own + " by the campaign's "
                + "multiplicity correction)" : "");
        String message = outcome + ": " + p.claim().statement() + " [threshold " + p.claim().threshold().describe()
                + "] " + reasoning;
        String detail = "claim: " + p.claim().statement() + "\nthreshold: " + p.claim().threshold().describe()
                + "\nobserved: " + p.verdict().observedValue() + "\nverdict: " + outcome + "\nreasoning: " + reasoning
                + "\nproof: " + p.proofId() + "\nfile: " + file + "\nreproduce: " + p.reproduction().command();
        return new Case(tier, "ophamin." + tier + "." + scenario, p.claim().statement(), outcome, message, detail);
    }

    /** The XML document. */
    public static byte[] xml(List<Case> cases) {
        Map<String, List<Case>> suites = new LinkedHashMap<>();
        for (Case c : cases) {
            suites.computeIfAbsent(c.suite(), k -> new ArrayList<>()).add(c);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buf, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "ophamin");
            counts(w, cases);
            for (Map.Entry<String, List<Case>> s : suites.entrySet()) {
                w.writeCharacters("\n  ");
                w.writeStartElement("testsuite");
                w.writeAttribute("name", s.getKey());
                counts(w, s.getValue());
                for (Case c : s.getValue()) {
                    w.writeCharacters("\n    ");
                    w.writeStartElement("testcase");
                    w.writeAttribute("classname", clean(c.className()));
                    w.writeAttribute("name", clean(c.name()));
                    w.writeAttribute("time", "0");
                    String tag = switch (c.outcome()) {
                        case "REFUTED" -> "failure";
                        case "INCONCLUSIVE" -> "skipped";
                        case "ERROR" -> "error";
                        default -> null;
                    };
                    if (tag != null) {
                        w.writeStartElement(tag);
                        w.writeAttribute("message", clean(c.message()));
                        if (!tag.equals("skipped")) {
                            w.writeAttribute("type", c.outcome());
                        }
                        w.writeCharacters(clean(c.detail()));
                        w.writeEndElement();
                    }
                    w.writeStartElement("system-out");
                    w.writeCharacters(clean(c.detail()));
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    private static void counts(XMLStreamWriter w, List<Case> cases) throws XMLStreamException {
        long failures = cases.stream().filter(c -> c.outcome().equals("REFUTED")).count();
        long skipped = cases.stream().filter(c -> c.outcome().equals("INCONCLUSIVE")).count();
        long errors = cases.stream().filter(c -> c.outcome().equals("ERROR")).count();
        w.writeAttribute("tests", Integer.toString(cases.size()));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", Long.toString(errors));
        w.writeAttribute("skipped", Long.toString(skipped));
    }

    /** Text without the characters XML 1.0 cannot carry. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            b.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return b.toString();
    }

    private static SignedRecord read(Path f) {
        try {
            return RecordFiles.read(f);
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": cannot read: " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : e.getMessage()));
        } catch (DecodeException e) {
            throw new IllegalArgumentException(f + ": not JSON: " + e.getMessage());
        } catch (RecordFormatException e) {
            throw new IllegalArgumentException(f + ": not a record: " + e.getMessage());
        }
    }

}
