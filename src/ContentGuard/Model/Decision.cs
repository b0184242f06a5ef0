using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>What to do with the checked text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Suggestion>))]
public enum Suggestion
{
    /// <summary>No critical or major finding: the text may be published.</summary>
    [JsonStringEnumMemberName("pass")]
    Pass,

    /// <summary>At least one major finding and no critical one: a person must review.</summary>
    [JsonStringEnumMemberName("review")]
    Review,

    /// <summary>At least one critical finding: publication is blocked.</summary>
    [JsonStringEnumMemberName("block")]
    Block,
}

/// <summary>The overall risk of the checked text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel
{
    /// <summary>No finding.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Only minor findings.</summary>
    [JsonStringEnumMemberName("low")]
    Low,

    /// <summary>Major findings, no critical one.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>At least one critical finding.</summary>
    [JsonStringEnumMemberName("high")]
    High,
}

/// <summary>The verdict of a check (<c>decision</c> in the JSON contract).</summary>
/// <param name="Suggestion">pass / review / block.</param>
/// <param name="RiskLevel">none / low / medium / high.</param>
public sealed record Decision(
    [property: JsonPropertyName("suggestion")] Suggestion Suggestion,
    [property: JsonPropertyName("riskLevel")] RiskLevel RiskLevel);
