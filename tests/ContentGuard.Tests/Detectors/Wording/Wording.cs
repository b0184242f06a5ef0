namespace ContentGuard.Tests.Detectors.Wording;

/// <summary>Runs the default engine and keeps the findings of the serious-wording categories.</summary>
internal static class Wording
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly HashSet<string> Categories = ["LEADER_NAME", "LEADER_TITLE", "FORMULATION", "SOVEREIGNTY"];

    public static IReadOnlyList<Finding> Check(string text, DateOnly? date = null, TextFormat format = TextFormat.Text) =>
        [.. TestEngine.Default.Check(text, new CheckOptions { DocumentDate = date ?? Today, Format = format }).Matches
            .Where(m => Categories.Contains(m.Rule.Category.Id))];

    public static IReadOnlyList<Finding> Check(string text, string category, DateOnly? date = null) =>
        [.. Check(text, date).Where(m => m.Rule.Category.Id == category)];

    /// <summary>The single finding of <paramref name="category"/>, with its replacement values.</summary>
    public static (Finding Finding, string[] Replacements) Single(string text, string category, DateOnly? date = null)
    {
        var f = Assert.Single(Check(text, category, date));
        return (f, [.. f.Replacements.Select(r => r.Value)]);
    }
}
