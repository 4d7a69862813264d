// Only for the module path: leave this file out to build the same program on the class path.
module org.example.embed {
    requires dev.ophamin.emitter; // and, through it, dev.ophamin.verifier
}
