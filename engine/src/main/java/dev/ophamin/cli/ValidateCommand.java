package dev.ophamin.cli;

import picocli.CommandLine.Command;

/** {@code ophamin validate}: verify plus JSON Schema and structural validity (the reference's schema validate). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check records for authenticity, schema and structure.",
                "Validate records: everything verify checks, plus the JSON Schema of the record's kind and "
                + "version (spec/schemas) and the structural rules (for proofs, the reference's validate()). "
                + "It is verify --strict, with the same options."},
        footer = {"%nExit codes: 0 every record valid; 1 any record not valid or no record found; 2 bad usage or "
                + "a path that does not exist or cannot be read."})
public final class ValidateCommand extends VerifyCommand {
    @Override
    public Integer call() {
        return run(true);
    }
}
