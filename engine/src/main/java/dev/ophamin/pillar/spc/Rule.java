package dev.ophamin.pillar.spc;

/** The four Western Electric rules for an individuals chart. */
public enum Rule {
    /** One point beyond 3 sigma from the centre. */
    BEYOND_3_SIGMA(1, "one point beyond 3 sigma"),
    /** Two of three consecutive points beyond 2 sigma on the same side. */
    TWO_OF_THREE_BEYOND_2_SIGMA(2, "two of three consecutive points beyond 2 sigma on one side"),
    /** Four of five consecutive points beyond 1 sigma on the same side. */
    FOUR_OF_FIVE_BEYOND_1_SIGMA(3, "four of five consecutive points beyond 1 sigma on one side"),
    /** Eight consecutive points on the same side of the centre. */
    EIGHT_ON_ONE_SIDE(4, "eight consecutive points on one side of the centre");

    private final int number;
    private final String description;

    Rule(int number, String description) {
        this.number = number;
        this.description = description;
    }

    /** The rule's conventional number, 1 to 4. */
    public int number() {
        return number;
    }

    public String description() {
        return description;
    }
}
