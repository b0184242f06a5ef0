using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>
/// One problem found in the checked text (<c>matches[]</c> in the JSON contract).
/// <see cref="Offset"/> and <see cref="Length"/> are UTF-16 code units into the exact string the caller
/// submitted (for HTML input: into the HTML source), and never split a surrogate pair.
/// </summary>
public sealed record Finding
{
    /// <summary>Start of the span, in UTF-16 code units into the submitted string.</summary>
    [JsonPropertyName("offset")]
    public required int Offset { get; init; }

    /// <summary>Length of the span in UTF-16 code units.</summary>
    [JsonPropertyName("length")]
    public required int Length { get; init; }

    /// <summary>The exact substring of the submitted string that the span covers.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>A Chinese message for the editor: what is wrong and the correct form.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>A short Chinese label for the problem.</summary>
    [JsonPropertyName("shortMessage")]
    public required string ShortMessage { get; init; }

    /// <summary>How serious the finding is.</summary>
    [JsonPropertyName("severity")]
    public required Severity Severity { get; init; }

    /// <summary>Suggested replacements, best first (may be empty).</summary>
    [JsonPropertyName("replacements")]
    public required IReadOnlyList<Replacement> Replacements { get; init; }

    /// <summary>The rule that fired.</summary>
    [JsonPropertyName("rule")]
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The detector that produced the finding and its confidence.</summary>
    [JsonPropertyName("source")]
    public required FindingSource Source { get; init; }

    /// <summary>The longest <see cref="Sentence"/>, in UTF-16 code units (unless the finding itself is longer).</summary>
    internal const int MaxSentenceLength = 300;

    /// <summary>
    /// The sentence (of the checked text) the finding is in, if known. A sentence longer than 300 characters (text
    /// without sentence ends) is cut to the 300 characters around the finding.
    /// </summary>
    [JsonPropertyName("sentence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sentence { get; init; }
}
