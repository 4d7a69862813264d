package dev.ophamin.model;

import dev.ophamin.Experimental;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Section 4: the substrate under test (name and versioned commit) and the datasets used. */
@Experimental
public record DataSection(String substrateName, String substrateGitCommit, List<Dataset> datasets) {

    /**
     * Checks the components; an IllegalArgumentException names the field at fault.
     *
     * @param substrateName the {@code substrate_name} member
     * @param substrateGitCommit the {@code substrate_git_commit} member
     * @param datasets the {@code datasets} member
     */
    public DataSection {
        Check.notNull(substrateName, "data.substrate_name");
        Check.notNull(substrateGitCommit, "data.substrate_git_commit");
        datasets = Check.list(datasets, "data.datasets");
    }

    /** {@return this part as the JSON the reference writes} */
    public JsonObject toJson() {
        List<JsonValue> ds = new ArrayList<>();
        for (Dataset d : datasets) {
            ds.add(d.toJson());
        }
        return JsonObject.builder()
                .put("substrate_name", substrateName)
                .put("substrate_git_commit", substrateGitCommit)
                .put("datasets", new JsonArray(ds))
                .build();
    }

    static DataSection read(Reading r) throws RecordFormatException {
        String name = r.string("substrate_name");
        String commit = r.string("substrate_git_commit");
        List<Dataset> ds = new ArrayList<>();
        for (Reading d : r.sections("datasets")) {
            ds.add(Dataset.read(d));
        }
        r.end();
        return r.build(() -> new DataSection(name, commit, ds));
    }
}
