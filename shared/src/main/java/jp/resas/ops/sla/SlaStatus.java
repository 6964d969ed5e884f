package jp.resas.ops.sla;

/**
 * A ticket's SLA at an instant.
 *
 * @param firstResponse the first-response clock
 * @param resolution    the resolution clock
 */
public record SlaStatus(ClockStatus firstResponse, ClockStatus resolution) {

    /**
     * The one state to show for the ticket: a breach of either clock first, then a pause, then a
     * warning on either; MET only when both are met.
     */
    public SlaState overall() {
        SlaState a = firstResponse.state();
        SlaState b = resolution.state();
        for (SlaState worst : new SlaState[] {SlaState.BREACHED, SlaState.PAUSED, SlaState.WARNING}) {
            if (a == worst || b == worst) {
                return worst;
            }
        }
        return a == SlaState.MET && b == SlaState.MET ? SlaState.MET : SlaState.OK;
    }
}
