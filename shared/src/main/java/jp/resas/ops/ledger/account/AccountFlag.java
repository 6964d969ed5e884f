package jp.resas.ops.ledger.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an account is reviewed first: not used for 90 days (never used: created 90 days ago or more, or no
 * date at all; Cognito's use is unknown and not flagged), or without MFA (an unknown MFA is not flagged).
 */
public enum AccountFlag {
    UNUSED_90_DAYS("90日以上未使用"),
    NO_MFA("MFA なし");

    public static final Duration UNUSED = Duration.ofDays(90);

    private final String label;

    AccountFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The flags of {@code account} at {@code now}; an MFA not known is not flagged. */
    public static List<AccountFlag> of(Account account, Instant now) {
        List<AccountFlag> flags = new ArrayList<>();
        Instant since = account.lastUsedAt() != null ? account.lastUsedAt()
                : account.createdOn() != null ? account.createdOn().atStartOfDay().toInstant(ZoneOffset.ofHours(9)) : null;
        // Cognito does not report the last sign-in: its use is unknown, not "never"
        boolean useUnknown = account.lastUsedAt() == null && account.source() == AccountSource.COGNITO;
        if (!useUnknown && (since == null || !since.isAfter(now.minus(UNUSED)))) {
            flags.add(UNUSED_90_DAYS);
        }
        if (Boolean.FALSE.equals(account.mfa())) {
            flags.add(NO_MFA);
        }
        return flags;
    }

}
