using System.Text.Json.Serialization;

namespace ContentGuard;

/// <summary>Describes a rule: what a finding is about (<c>rule</c> in the JSON contract).</summary>
/// <param name="Id">The stable rule id, e.g. <c>SECRECY_MARKING</c>.</param>
/// <param name="Description">A Chinese description of what the rule checks.</param>
/// <param name="Category">The category the rule belongs to.</param>
/// <param name="DefaultSeverity">The severity of the rule's findings unless a finding says otherwise.</param>
/// <param name="IssueType">A LanguageTool issue type: <c>misspelling</c>, <c>grammar</c>, <c>style</c>, <c>inconsistency</c>, <c>uncategorized</c>…</param>
public sealed record RuleDescriptor(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("category")] Category Category,
    [property: JsonIgnore] Severity DefaultSeverity,
    [property: JsonPropertyName("issueType")] string IssueType = "uncategorized");
