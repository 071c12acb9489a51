package whosaid.claims;

import java.util.List;

/** A claim already in the store with its wordings: new statements may join it, it is never split or merged. */
public record ExistingClaim(long claimId, List<ClaimMember> members) {
    public ExistingClaim {
        members = List.copyOf(members);
    }
}
