using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>
/// The JSON shape of the external contract. The CLI's <c>--format json</c> and the HTTP API both use these options,
/// so their output is the same.
/// </summary>
public static class CheckResultJson
{
    /// <summary>camelCase, enums as lower-case strings, Chinese written as it is (not \u-escaped), nulls omitted.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(writeIndented: false);

    /// <summary>As <see cref="Options"/>, indented.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(writeIndented: true);

    /// <summary>
    /// For reading requests and batch input: as <see cref="Options"/>, except that a <c>\u</c> escape of a lone surrogate
    /// is kept instead of failing (the text is checked as the caller's string holds it).
    /// </summary>
    public static JsonSerializerOptions ReadOptions { get; } = CreateReadOptions();

    /// <summary>Serializes a result in the contract's JSON shape.</summary>
    public static string Serialize(CheckResult result, bool indented = false) =>
        JsonSerializer.Serialize(result, indented ? IndentedOptions : Options);

    private static JsonSerializerOptions CreateReadOptions()
    {
        var options = new JsonSerializerOptions(Options);
        options.Converters.Add(new LenientStringConverter());
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateOptions(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
