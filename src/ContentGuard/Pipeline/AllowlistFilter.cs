using ContentGuard.Detection;

namespace ContentGuard.Pipeline;

/// <summary>Drops findings that lie inside an occurrence of a per-request allow-listed term, for every detector alike.</summary>
internal static class AllowlistFilter
{
    public static List<RawFinding> Apply(List<RawFinding> findings, AllowedSpans allowed) =>
        findings.Count == 0 ? findings : findings.FindAll(f => !allowed.Covers(f.Start, f.End));
}
