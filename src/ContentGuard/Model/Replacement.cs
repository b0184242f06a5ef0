using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>A suggested replacement for the span of a finding.</summary>
/// <param name="Value">The text to put in place of the finding's span.</param>
public sealed record Replacement([property: JsonPropertyName("value")] string Value);
