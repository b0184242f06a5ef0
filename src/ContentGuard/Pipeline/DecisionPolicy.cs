namespace ContentGuard.Pipeline;

/// <summary>
/// The contract's decision: block if any critical, review if any major, else pass; risk high/medium/low/none. An
/// incomplete check (time budget exhausted, a detector stopped early) is never a pass: what was not checked needs a person.
/// </summary>
internal static class DecisionPolicy
{
    public static Decision Decide(IEnumerable<Severity> severities, bool incomplete = false)
    {
        Severity? worst = null;
        foreach (var s in severities)
        {
            if (worst is null || s > worst)
            {
                worst = s;
            }
        }

        var decision = worst switch
        {
            Severity.Critical => new Decision(Suggestion.Block, RiskLevel.High),
            Severity.Major => new Decision(Suggestion.Review, RiskLevel.Medium),
            Severity.Minor => new Decision(Suggestion.Pass, RiskLevel.Low),
            _ => new Decision(Suggestion.Pass, RiskLevel.None),
        };
        return incomplete && decision.Suggestion == Suggestion.Pass ? decision with { Suggestion = Suggestion.Review } : decision;
    }
}
