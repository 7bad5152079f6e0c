package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** The prose rules R01–R52 of READING.md §10, with the status RULINGS §5 gives each. */
public enum RuleId implements Id {
    R01(RuleStatus.ENFORCED), R02(RuleStatus.ENFORCED), R03(RuleStatus.ADVISORY), R04(RuleStatus.INFORMATIVE),
    R05(RuleStatus.INFORMATIVE), R06(RuleStatus.INFORMATIVE), R07(RuleStatus.INFORMATIVE), R08(RuleStatus.INFORMATIVE),
    R09(RuleStatus.ENFORCED), R10(RuleStatus.ENFORCED), R11(RuleStatus.ENFORCED), R12(RuleStatus.ENFORCED),
    R13(RuleStatus.ENFORCED), R14(RuleStatus.INFORMATIVE), R15(RuleStatus.INFORMATIVE), R16(RuleStatus.ENFORCED),
    R17(RuleStatus.ENFORCED), R18(RuleStatus.INFORMATIVE), R19(RuleStatus.INFORMATIVE), R20(RuleStatus.ENFORCED),
    R21(RuleStatus.INFORMATIVE), R22(RuleStatus.ENFORCED), R23(RuleStatus.ENFORCED), R24(RuleStatus.ENFORCED),
    R25(RuleStatus.ENFORCED), R26(RuleStatus.ENFORCED), R27(RuleStatus.ENFORCED), R28(RuleStatus.INFORMATIVE),
    R29(RuleStatus.ENFORCED), R30(RuleStatus.ENFORCED), R31(RuleStatus.INFORMATIVE), R32(RuleStatus.ENFORCED),
    R33(RuleStatus.INFORMATIVE), R34(RuleStatus.INFORMATIVE), R35(RuleStatus.INFORMATIVE), R36(RuleStatus.ENFORCED),
    R37(RuleStatus.ENFORCED), R38(RuleStatus.ENFORCED), R39(RuleStatus.INFORMATIVE), R40(RuleStatus.INFORMATIVE),
    R41(RuleStatus.ENFORCED), R42(RuleStatus.ENFORCED), R43(RuleStatus.ENFORCED), R44(RuleStatus.INFORMATIVE),
    R45(RuleStatus.INFORMATIVE), R46(RuleStatus.ENFORCED), R47(RuleStatus.INFORMATIVE), R48(RuleStatus.ENFORCED),
    R49(RuleStatus.ENFORCED), R50(RuleStatus.INFORMATIVE), R51(RuleStatus.INFORMATIVE), R52(RuleStatus.INFORMATIVE);

    private static final Map<String, RuleId> BY_ID = Ids.index(RuleId.class);
    private final RuleStatus status;

    RuleId(RuleStatus status) { this.status = status; }

    /** The id as written everywhere: {@code R01}. */
    @Override public String id() { return name(); }

    public RuleStatus status() { return status; }

    public static Optional<RuleId> fromId(String id) { return Ids.find(BY_ID, id); }
}
