using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>Which detector produced a finding and how sure it is.</summary>
/// <param name="Detector">The detector's name, e.g. <c>secrecy</c>.</param>
/// <param name="Confidence">0–1; rule-based detectors report 1.</param>
public sealed record FindingSource(
    [property: JsonPropertyName("detector")] string Detector,
    [property: JsonPropertyName("confidence")] double Confidence);
