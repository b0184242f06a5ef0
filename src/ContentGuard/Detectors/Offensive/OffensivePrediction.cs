namespace ContentGuard.Detectors.Offensive;

/// <summary>The model's output for one <see cref="OffensiveInput"/>.</summary>
internal sealed class OffensivePrediction
{
    /// <summary>The calibrated probability that the sentence is offensive.</summary>
    public float Probability { get; set; }

    /// <summary>The raw margin of the linear model.</summary>
    public float Score { get; set; }
}
