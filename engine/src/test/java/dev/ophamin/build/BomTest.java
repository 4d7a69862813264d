package dev.ophamin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** bom/pom.xml names every published module of the reactor, at the reactor's version, and nothing else. */
class BomTest {
    private static final Path ROOT = Path.of(System.getProperty("ophamin.root", ".."));

    @Test
    void theBomListsEveryPublishedModuleAtTheReactorsVersion() throws Exception {
        Document root = read(ROOT.resolve("pom.xml"));
        String version = child(root.getDocumentElement(), "version");
        Map<String, String> published = new TreeMap<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String dir = modules.item(i).getTextContent().strip();
            if (dir.equals("bom") || dir.equals("bench")) {
                continue;   // the BOM itself, and benchmarks nobody embeds
            }
            Element m = read(ROOT.resolve(dir).resolve("pom.xml")).getDocumentElement();
            published.put(child(m, "artifactId"), version);
        }
        Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
        assertEquals(version, child(bom, "version"));
        assertTrue(bom.getElementsByTagName("parent").getLength() == 0,
                "no parent: a BOM must not hand on the versions of the libraries we build with");
        Map<String, String> listed = new TreeMap<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertEquals("dev.ophamin", child(d, "groupId"));
            listed.put(child(d, "artifactId"), child(d, "version"));
        }
        assertEquals(published, listed);
    }

    private static Document read(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(name)) {
                return n.getTextContent().strip();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + e.getNodeName() + ">");
    }
}
