using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>How the submitted string is to be read.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextFormat>))]
public enum TextFormat
{
    /// <summary>Plain text (also Markdown, checked as it is).</summary>
    [JsonStringEnumMemberName("text")]
    Text,

    /// <summary>HTML source: only visible text is checked; offsets point into the HTML source.</summary>
    [JsonStringEnumMemberName("html")]
    Html,
}
