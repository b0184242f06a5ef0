using System.Text.Json.Serialization;

namespace ContentGuard.Detectors.Offensive;

/// <summary>
/// What travels with the ML.NET model inside its zip (entry <see cref="OffensiveModel.InfoEntry"/>): the decision
/// thresholds tuned on the dev sets and a description of how the model was made.
/// </summary>
internal sealed record OffensiveModelInfo
{
    /// <summary>Each sentence is scored alone.</summary>
    public const string SentenceUnit = "sentence";

    /// <summary>Each sentence's probability is mixed with its context's (paragraph or neighbours), never lowered: see <see cref="ContextWeight"/>.</summary>
    public const string ContextUnit = "context";

    /// <summary>Probability at or above which a sentence is reported (severity major).</summary>
    [JsonPropertyName("threshold")]
    public required double Threshold { get; init; }

    /// <summary>Probability at or above which a finding is raised to critical.</summary>
    [JsonPropertyName("criticalThreshold")]
    public required double CriticalThreshold { get; init; }

    /// <summary>Sentences with fewer letters, digits or CJK characters than this are not scored.</summary>
    [JsonPropertyName("minChars")]
    public int MinChars { get; init; } = 4;

    /// <summary>
    /// The scoring unit (see <see cref="OffensiveScorer"/>): <see cref="SentenceUnit"/> (each sentence alone; what a
    /// model zip without this field means) or <see cref="ContextUnit"/> (each sentence read with its context).
    /// </summary>
    [JsonPropertyName("unit")]
    public string Unit { get; init; } = SentenceUnit;

    /// <summary>For <see cref="ContextUnit"/>: a paragraph with at most this many letters, digits and CJK characters is the context of each of its sentences; a longer one gives each sentence its neighbours.</summary>
    [JsonPropertyName("contextChars")]
    public int ContextChars { get; init; } = 100;

    /// <summary>
    /// For <see cref="ContextUnit"/>: the weight of the sentence's own probability in the context mix
    /// (score = max(p, w·p + (1 − w)·c)); 0.5 is the plain mean.
    /// </summary>
    [JsonPropertyName("contextWeight")]
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>
    /// True when the model reads its input without the normalizer's noise characters (<c>*</c>, <c>·</c>, <c>/</c>,
    /// emoji…; see <see cref="OffensiveFeatures.FromSpan"/>), so symbols inserted between characters do not hide a
    /// sentence. False for the models trained before this existed (a zip without the field).
    /// </summary>
    [JsonPropertyName("stripNoise")]
    public bool StripNoise { get; init; }

    /// <summary>A version string reported in the check result: <c>offensive-YYYYMMDD-hash</c>, the training date and the first 8 hex digits of the SHA-256 of the model's ML.NET entries (older models: the date only).</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "unknown";

    /// <summary>The trainer that won on the dev sets.</summary>
    [JsonPropertyName("trainer")]
    public string Trainer { get; init; } = string.Empty;

    /// <summary>A description of the features.</summary>
    [JsonPropertyName("features")]
    public string Features { get; init; } = string.Empty;

    /// <summary>The command that made the model.</summary>
    [JsonPropertyName("command")]
    public string Command { get; init; } = string.Empty;
}
