/**
 * Writes Ophamin records byte-identical to the Python reference: the record model, canonical
 * emission with ids and signatures, DSSE envelopes, and figures as SVG.
 */
module dev.ophamin.emitter {
    requires transitive dev.ophamin.verifier;
    requires com.fasterxml.jackson.core;
    requires java.desktop;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;

    exports dev.ophamin.emit;
    exports dev.ophamin.envelope;
    exports dev.ophamin.model;
    exports dev.ophamin.render;
}
