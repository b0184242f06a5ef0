using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>
/// One of the fixed finding categories of the external contract (<c>rule.category.id</c>).
/// The set is closed: use the static instances or <see cref="TryGet"/>.
/// </summary>
public sealed class Category : IEquatable<Category>
{
    private Category(string id, string name, Severity defaultSeverity)
    {
        Id = id;
        Name = name;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The stable category id, e.g. <c>LEADER_NAME</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; }

    /// <summary>The Chinese display name, e.g. 领导人姓名.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The severity findings of this category have unless a rule says otherwise.</summary>
    [JsonIgnore]
    public Severity DefaultSeverity { get; }

    /// <summary>A state leader's name typed wrong.</summary>
    public static Category LeaderName { get; } = new("LEADER_NAME", "领导人姓名", Severity.Critical);

    /// <summary>A title not matching the name, misordered, or outdated at the document date.</summary>
    public static Category LeaderTitle { get; } = new("LEADER_TITLE", "领导人职务", Severity.Critical);

    /// <summary>A fixed political formulation or numbered slogan mistyped or miscounted.</summary>
    public static Category Formulation { get; } = new("FORMULATION", "重要表述", Severity.Critical);

    /// <summary>Territory and sovereignty wording.</summary>
    public static Category Sovereignty { get; } = new("SOVEREIGNTY", "国家主权", Severity.Critical);

    /// <summary>A banned or cautious term (Xinhua list), with its replacement.</summary>
    public static Category BannedTerm { get; } = new("BANNED_TERM", "禁用词", Severity.Major);

    /// <summary>A general typo (错别字).</summary>
    public static Category Typo { get; } = new("TYPO", "错别字", Severity.Minor);

    /// <summary>Political, pornographic, gambling, drugs, violence/terror or fraud lexicon hits.</summary>
    public static Category Sensitive { get; } = new("SENSITIVE", "敏感信息", Severity.Major);

    /// <summary>Abusive or discriminatory language (classifier).</summary>
    public static Category Offensive { get; } = new("OFFENSIVE", "不当言论", Severity.Major);

    /// <summary>Absolute terms barred by the Advertising Law.</summary>
    public static Category Advertising { get; } = new("ADVERTISING", "广告用语", Severity.Minor);

    /// <summary>Personal data: resident ID, bank card, mobile number.</summary>
    public static Category Privacy { get; } = new("PRIVACY", "个人信息", Severity.Critical);

    /// <summary>Classification (secrecy) markings.</summary>
    public static Category Secrecy { get; } = new("SECRECY", "涉密标识", Severity.Critical);

    /// <summary>Every category, in the order of the contract.</summary>
    public static IReadOnlyList<Category> All { get; } =
    [
        LeaderName, LeaderTitle, Formulation, Sovereignty, BannedTerm, Typo,
        Sensitive, Offensive, Advertising, Privacy, Secrecy,
    ];

    private static readonly FrozenDictionary<string, Category> ById =
        All.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks a category up by id (case-insensitive).</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Category? category) =>
        ById.TryGetValue(id ?? string.Empty, out category);

    /// <inheritdoc />
    public bool Equals(Category? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id;
}
