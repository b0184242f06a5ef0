using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>How serious a finding is. Serialized in lower case (<c>critical</c>, <c>major</c>, <c>minor</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>Advice: the text may be published as it is.</summary>
    [JsonStringEnumMemberName("minor")]
    Minor = 1,

    /// <summary>A person must look before publication.</summary>
    [JsonStringEnumMemberName("major")]
    Major = 2,

    /// <summary>A single-veto problem: blocks publication.</summary>
    [JsonStringEnumMemberName("critical")]
    Critical = 3,
}
