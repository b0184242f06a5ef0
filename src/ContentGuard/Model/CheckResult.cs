using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>
/// The result of one check: the verdict, every finding, the sentence ranges and what produced them.
/// Serialized (see <see cref="CheckResultJson"/>) it is exactly the body of the HTTP API's <c>/v1/check</c> response.
/// </summary>
public sealed record CheckResult
{
    /// <summary>pass / review / block and the risk level.</summary>
    [JsonPropertyName("decision")]
    public required Decision Decision { get; init; }

    /// <summary>The findings, ordered by offset.</summary>
    [JsonPropertyName("matches")]
    public required IReadOnlyList<Finding> Matches { get; init; }

    /// <summary>The sentences of the checked text, as ranges into the submitted string.</summary>
    [JsonPropertyName("sentenceRanges")]
    public required IReadOnlyList<TextRange> SentenceRanges { get; init; }

    /// <summary>Always <c>utf16</c>: offsets are UTF-16 code units into the submitted string.</summary>
    [JsonPropertyName("offsetUnit")]
#pragma warning disable CA1822 // An instance member so that it is serialized with the result.
    public string OffsetUnit => "utf16";
#pragma warning restore CA1822

    /// <summary>Versions of the engine and of the data it used.</summary>
    [JsonPropertyName("software")]
    public required SoftwareInfo Software { get; init; }

    /// <summary>Whether the result is complete, and why not.</summary>
    [JsonPropertyName("warnings")]
    public required CheckWarnings Warnings { get; init; }

    /// <summary>Where the time went.</summary>
    [JsonPropertyName("timings")]
    public required CheckTimings Timings { get; init; }

    /// <summary>The caller's <see cref="CheckOptions.DataId"/>, echoed.</summary>
    [JsonPropertyName("dataId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DataId { get; init; }
}

/// <summary>The engine's name and version and the versions of its lexicons, tables and model.</summary>
/// <param name="Name">Always <c>ContentGuard</c>.</param>
/// <param name="Version">The engine version.</param>
/// <param name="Data">Each data source (lexicon, knowledge table, model) and its version.</param>
public sealed record SoftwareInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("data")] IReadOnlyDictionary<string, string> Data);

/// <summary>Warnings about a check.</summary>
/// <param name="IncompleteResults">True when the time budget ran out or the input was cut: what was found is returned.</param>
/// <param name="Messages">Human-readable notes (English), e.g. which detectors did not run.</param>
public sealed record CheckWarnings(
    [property: JsonPropertyName("incompleteResults")] bool IncompleteResults,
    [property: JsonPropertyName("messages")] IReadOnlyList<string> Messages);

/// <summary>Wall-clock time of a check, in milliseconds.</summary>
/// <param name="TotalMilliseconds">The whole check.</param>
/// <param name="Detectors">Each detector that ran.</param>
public sealed record CheckTimings(
    [property: JsonPropertyName("totalMs")] double TotalMilliseconds,
    [property: JsonPropertyName("detectorsMs")] IReadOnlyDictionary<string, double> Detectors);
