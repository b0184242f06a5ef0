using System.Reflection;
using System.Text;

namespace ContentGuard.Data;

/// <summary>The lexicons, knowledge tables and model shipped inside the assembly.</summary>
internal static class EmbeddedData
{
    private const string Prefix = "ContentGuard.Data.";
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Names relative to the repo root, e.g. <c>lexicons/unihan/t2s.tsv</c>.</summary>
    public static IEnumerable<string> Names =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal);

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(Prefix + name) is not null;

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(Prefix + name)
        ?? throw new FileNotFoundException($"The embedded data '{name}' is missing from the ContentGuard assembly.", name);

    public static TsvTable ReadTable(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8);
        return TsvTable.Parse(reader, name);
    }

    public static TsvTable? TryReadTable(string name) => Exists(name) ? ReadTable(name) : null;
}
