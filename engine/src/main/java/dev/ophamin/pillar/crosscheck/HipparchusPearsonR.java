package dev.ophamin.pillar.crosscheck;

import dev.ophamin.pillar.Inputs;
import dev.ophamin.pillar.Library;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.correlation.PearsonsCorrelation;

/** Pearson's r and p from Hipparchus {@link PearsonsCorrelation} on the n x 2 data matrix. */
public final class HipparchusPearsonR implements PearsonR {
    @Override
    public Result compute(double[] x, double[] y) {
        Inputs.paired("pearson", x, y, 3);
        return of(new PearsonsCorrelation(Columns.of(x, y)));
    }

    static Result of(PearsonsCorrelation c) {
        RealMatrix r = c.getCorrelationMatrix();
        if (Double.isNaN(r.getEntry(0, 1))) {
            throw new IllegalArgumentException("correlation: a variable is constant, r is undefined");
        }
        return new Result(r.getEntry(0, 1), c.getCorrelationPValues().getEntry(0, 1));
    }

    @Override
    public Library source() {
        return Library.HIPPARCHUS;
    }
}
